#ifndef TAIZHANG_CNCURSESW_SHIM_H
#define TAIZHANG_CNCURSESW_SHIM_H

/* The wide-character API (cchar_t, setcchar, mvwadd_wch, wget_wch) only exists with this. */
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <stdio.h>
#include <wchar.h>

/* glibc declares wcwidth only under __USE_XOPEN, which Swift's import does not set. */
extern int wcwidth(wchar_t);

/* Swift cannot import these: they are macros with arguments or bit expressions, or C globals
   that Swift 6 rejects as not concurrency-safe. Each becomes a tiny function. */

static inline WINDOW *tz_stdscr(void) { return stdscr; }
static inline int tz_colors(void) { return COLORS; }
static inline int tz_color_pairs(void) { return COLOR_PAIRS; }
static inline int tz_max_x(WINDOW *w) { return getmaxx(w); }
static inline int tz_max_y(WINDOW *w) { return getmaxy(w); }

/* The process's own stdout/stdin streams, so Swift need not touch the C globals. */
static inline SCREEN *tz_newterm(const char *term) { return newterm(term, stdout, stdin); }

/* Whether the terminal description says it can draw line characters (the acsc capability):
   tigetstr returns NULL when absent and (char *)-1 when it is not a string capability. */
static inline int tz_has_line_drawing(void) {
    char *acsc = tigetstr("acsc");
    return acsc != NULL && acsc != (char *)-1 && acsc[0] != '\0';
}

static inline attr_t tz_a_normal(void) { return A_NORMAL; }
static inline attr_t tz_a_bold(void) { return A_BOLD; }
static inline attr_t tz_a_reverse(void) { return A_REVERSE; }
static inline attr_t tz_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tz_a_dim(void) { return A_DIM; }

/* One character of one scalar at (y, x), with its attributes and colour pair: what Swift
   would otherwise do through two arrays and `setcchar` for every cell of every frame (a
   tenth of the work of starting the dashboard). ERR when ncurses refuses the character. */
static inline int tz_put_scalar(WINDOW *w, int y, int x, wchar_t scalar, attr_t attributes, short pair) {
    wchar_t text[2] = { scalar, 0 };
    cchar_t character;
    if (setcchar(&character, text, attributes, pair, NULL) != OK) return ERR;
    (void)mvwadd_wch(w, y, x, &character);
    return OK;
}

static inline mmask_t tz_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t tz_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t tz_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t tz_button5_pressed(void) { return BUTTON5_PRESSED; }

#endif
