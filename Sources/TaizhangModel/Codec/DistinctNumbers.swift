/// The task (or area) numbers a reader has met, to refuse a number written twice. Plans number their
/// tasks in rising order as a rule, and while each number is above the last nothing more is
/// needed to know it is new: the numbers are only kept in a list. A `Set` is made from them
/// at the first number that is not above the last, and holds every number from there on.
/// Reading 10,000 tasks hashed 10,000 numbers for nothing, and at 57 tasks the first `Set<Int>`
/// of the process cost a search of every protocol conformance in the binary (about as much
/// as reading the plan) on the way to the first frame.
struct DistinctNumbers {
    private var rising: [Int] = []
    private var all: Set<Int>?

    init() {}

    /// Adds `number`; false when it was added before.
    mutating func insert(_ number: Int) -> Bool {
        if all == nil {
            guard let last = rising.last, number <= last else {
                rising.append(number)
                return true
            }
            all = Set(rising)
            rising = []
        }
        return all!.insert(number).inserted
    }
}
