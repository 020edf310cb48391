//! Long tables draw only the rows in and near the viewport (issue 9): at
//! agency scale the client list (300 rows) and the WIP table (2 000 rows)
//! cost a few dozen `<tr>` however long they are, and clearing a search no
//! longer creates hundreds of rows in one keystroke.
//!
//! The page scrolls, not the table (its header sticks under the top bar), so
//! the rows to draw follow from where the `<tbody>` is in the window. Spacer
//! rows above and below stand in for the rows not drawn, so the scrollbar and
//! the length of the page stay those of the whole list. Every row must be one
//! line high (the `.table-virtual` styles keep cells from wrapping, set
//! only on lists long enough to be windowed): the spacers are a row height
//! times a number of rows.
//!
//! ```ignore
//! let virt = use_virtual_rows(Signal::derive(move || rows.with(Vec::len)));
//! view! {
//!     <table aria-rowcount=virt.aria_rowcount()>
//!         <tbody node_ref=virt.tbody>
//!             <SpacerRow height=virt.space_above columns=7 />
//!             <ForEnumerate each=move || virt.drawn(rows, Line::new) …>
//!                 <tr aria-rowindex=virt.aria_rowindex(index)>…</tr>
//!             </ForEnumerate>
//!             <SpacerRow height=virt.space_below columns=7 />
//!         </tbody>
//!     </table>
//! }
//! ```

use std::ops::Range;

use leptos::ev;
use leptos::html::Tbody;
use leptos::prelude::*;

/// Lists this short are drawn whole, as before: the sample agency's fifteen
/// clients, a small team's WIP. Only longer lists pay for the bookkeeping.
const DRAW_ALL_UP_TO: usize = 60;

/// Rows drawn beyond each edge of the viewport, so that a quick scroll or the
/// next Tab finds a row already there.
const OVERSCAN: usize = 12;

/// The height of a row until one has been drawn and measured, in px.
const ESTIMATED_ROW_HEIGHT: f64 = 40.0;

/// Where the table body is in the window: the top of the `<tbody>` from the
/// top of the viewport (negative once scrolled past) and the viewport height.
#[derive(Clone, Copy, PartialEq)]
struct Frame {
    top: f64,
    height: f64,
}

/// The rows of a long table to draw, and the space the others take.
#[derive(Clone, Copy)]
pub struct VirtualRows {
    /// Indexes, in the whole list, of the rows to draw.
    pub range: Memo<Range<usize>>,
    /// The height in px of the rows above the range, not drawn.
    pub space_above: Memo<f64>,
    /// The height in px of the rows below the range, not drawn.
    pub space_below: Memo<f64>,
    /// Goes on the table's `<tbody>`: its position decides the range.
    pub tbody: NodeRef<Tbody>,
    total: Signal<usize>,
}

impl VirtualRows {
    /// The rows of `rows` to draw, each made into what its table row shows.
    pub fn drawn<T, L>(self, rows: Memo<Vec<T>>, line: impl FnMut(&T) -> L) -> Vec<L>
    where
        T: Send + Sync + 'static,
    {
        rows.with(|rows| rows[self.clamped(rows.len())].iter().map(line).collect())
    }

    /// The range within a list of `len` rows (the list may have changed
    /// before the range caught up with it).
    fn clamped(&self, len: usize) -> Range<usize> {
        self.range.with(|r| {
            let end = r.end.min(len);
            r.start.min(end)..end
        })
    }

    /// Whether only part of the list is drawn: then its rows are one line
    /// high (the `.table-virtual` styles); a short list wraps as any table.
    pub fn windowed(self) -> impl Fn() -> bool + Copy + Send + Sync + 'static {
        move || self.total.get() > DRAW_ALL_UP_TO
    }

    /// The table's `aria-rowcount`: every row of the list and the header
    /// row, so that assistive technology knows the size of the whole table.
    pub fn aria_rowcount(self) -> impl Fn() -> usize + Copy + Send + Sync + 'static {
        move || self.total.get() + 1
    }

    /// The `aria-rowindex` of the row drawn `offset` rows into the range:
    /// 1 is the header row, so the list's first row is 2.
    pub fn aria_rowindex(
        self,
        offset: ReadSignal<usize>,
    ) -> impl Fn() -> usize + Copy + Send + Sync + 'static {
        move || self.range.with(|r| r.start) + offset.get() + 2
    }
}

/// The rows to draw among `total` rows of `row` px each, when the part of
/// the table body in the viewport runs from `from` to `to` px (from the
/// body's top edge; negative or past the end when the body is off screen).
fn rows_in_view(total: usize, from: f64, to: f64, row: f64) -> Range<usize> {
    let index = |rows: f64| (rows.max(0.0) as usize).min(total);
    let first = index((from / row).floor());
    let last = index((to / row).ceil());
    let end = (last + OVERSCAN).min(total);
    first.saturating_sub(OVERSCAN).min(end)..end
}

fn window_height() -> f64 {
    window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(800.0)
}

/// The height of the drawn rows (those with an `aria-rowindex`), averaged
/// from the first one's top to the last one's bottom.
fn drawn_row_height(tbody: &web_sys::HtmlTableSectionElement) -> Option<f64> {
    let mut first = None;
    let mut last = None;
    let mut count = 0u32;
    let mut child = tbody.first_element_child();
    while let Some(row) = child {
        child = row.next_element_sibling();
        if row.has_attribute("aria-rowindex") {
            count += 1;
            if first.is_none() {
                first = Some(row.clone());
            }
            last = Some(row);
        }
    }
    let top = first?.get_bounding_client_rect().top();
    let bottom = last?.get_bounding_client_rect().bottom();
    let height = (bottom - top) / f64::from(count);
    (height > 0.0).then_some(height)
}

/// Draws only the rows of a long table that are in or near the viewport.
/// `total` is the number of rows in the whole (filtered) list; put
/// [`VirtualRows::tbody`] on the `<tbody>`, draw the rows of
/// [`VirtualRows::range`] between two [`SpacerRow`]s.
pub fn use_virtual_rows(total: Signal<usize>) -> VirtualRows {
    let tbody = NodeRef::<Tbody>::new();
    let frame = RwSignal::new(Frame {
        top: 0.0,
        height: window_height(),
    });
    let row_height = RwSignal::new(ESTIMATED_ROW_HEIGHT);
    // A printed list is the whole list.
    let printing = RwSignal::new(false);

    let range = Memo::new(move |_| {
        let total = total.get();
        if total <= DRAW_ALL_UP_TO || printing.get() {
            return 0..total;
        }
        let Frame { top, height } = frame.get();
        rows_in_view(total, -top, height - top, row_height.get())
    });
    let space_above = Memo::new(move |_| range.with(|r| r.start) as f64 * row_height.get());
    let space_below = Memo::new(move |_| {
        let below = total.get().saturating_sub(range.with(|r| r.end));
        below as f64 * row_height.get()
    });

    // Reads layout only, never writes it: a scroll costs one rectangle.
    // `try_`: a frame requested just before the page closed finds it gone.
    let measure_frame = move || {
        let Some(Some(body)) = tbody.try_get_untracked() else {
            return;
        };
        let next = Frame {
            top: body.get_bounding_client_rect().top(),
            height: window_height(),
        };
        frame.maybe_update(|f| {
            let changed = *f != next;
            *f = next;
            changed
        });
    };
    let measure_rows = move || {
        let Some(Some(body)) = tbody.try_get_untracked() else {
            return;
        };
        if let Some(height) = drawn_row_height(&body) {
            row_height.maybe_update(|h| {
                let changed = (*h - height).abs() > 0.01;
                if changed {
                    *h = height;
                }
                changed
            });
        }
    };

    let on_scroll = window_event_listener(ev::scroll, move |_| measure_frame());
    // Focus scrolls a row into view at once, but the scroll event waits for
    // the next frame: keys coming faster than frames (a held Tab, a busy
    // laptop) would walk off the rows drawn. Measured here, the rows after
    // the focused one are drawn before the next key.
    let on_focus = window_event_listener(ev::focusin, move |_| measure_frame());
    let on_resize = window_event_listener(ev::resize, move |_| {
        measure_rows();
        measure_frame();
    });
    // The rows are drawn in the microtasks that follow the event, before
    // the page is laid out for print.
    let before_print = window_event_listener_untyped("beforeprint", move |_| printing.set(true));
    let after_print = window_event_listener_untyped("afterprint", move |_| printing.set(false));
    on_cleanup(move || {
        on_scroll.remove();
        on_focus.remove();
        on_resize.remove();
        before_print.remove();
        after_print.remove();
    });
    // Once rows are drawn (a new range, a table shown again after "no
    // results"), measure them on the next frame, when they are laid out; a
    // better row height can move the range once more, then it settles.
    Effect::new(move |_| {
        tbody.track();
        range.track();
        request_animation_frame(move || {
            measure_rows();
            measure_frame();
        });
    });

    VirtualRows {
        range,
        space_above,
        space_below,
        tbody,
        total,
    }
}

/// Stands in for the rows not drawn above or below the range: one empty
/// cell across the table, hidden from assistive technology (the table's
/// `aria-rowcount` tells the size instead), and absent when there is none.
#[component]
pub fn SpacerRow(
    /// Its height in px.
    height: Memo<f64>,
    /// How many columns the table has.
    columns: u16,
) -> impl IntoView {
    view! {
        <Show when=move || { height.get() > 0.0 }>
            <tr class="virtual-spacer" aria-hidden="true">
                // Whole pixels: formatting an f64 would bring the float
                // printer (8 KB of gzip) into the first screen's file.
                <td colspan=columns style:height=move || format!("{}px", height.get().round() as u32)></td>
            </tr>
        </Show>
    }
}
