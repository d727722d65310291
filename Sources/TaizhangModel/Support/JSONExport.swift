/// The ledger's codec reads and writes through the JSON values of `TaizhangJSON`, and the
/// store, reports and commands take them from the model: one import brings both.
@_exported import TaizhangJSON
