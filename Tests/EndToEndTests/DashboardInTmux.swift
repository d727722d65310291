import Testing

/// The dashboard driven in a real terminal (tmux), one isolated tmux server per test. The
/// nested suites live in the Dashboard*Tests files.
@Suite("Dashboard in tmux")
struct DashboardInTmux {}
