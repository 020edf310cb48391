use leptos::prelude::*;

/// The few icons the app uses, as inline SVG paths (24×24, stroked), so no
/// icon font or sprite has to be downloaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IconName {
    Clients,
    Team,
    Budget,
    Review,
    Data,
    Plus,
    Search,
    Trash,
    Edit,
    Download,
    Upload,
    Alert,
    Check,
    Star,
    Receipt,
    ArrowLeft,
    Mail,
    Phone,
    Link,
    Close,
    Brief,
    Report,
    Wip,
    Print,
    Copy,
    Dashboard,
}

impl IconName {
    fn path(self) -> &'static str {
        match self {
            IconName::Clients => "M3 21V7l9-4 9 4v14M9 21v-6h6v6M7 10h.01M12 10h.01M17 10h.01",
            IconName::Team => "M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8M22 21v-2a4 4 0 0 0-3-3.87M16 3.13a4 4 0 0 1 0 7.75",
            IconName::Budget => "M12 2v20M17 5H9.5a3.5 3.5 0 0 0 0 7h5a3.5 3.5 0 0 1 0 7H6",
            IconName::Review => "M3 3v18h18M7 15l4-4 3 3 5-6",
            IconName::Data => "M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3M4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3",
            IconName::Plus => "M12 5v14M5 12h14",
            IconName::Search => "M11 19a8 8 0 1 0 0-16 8 8 0 0 0 0 16M21 21l-4.35-4.35",
            IconName::Trash => "M3 6h18M8 6V4h8v2M19 6l-1 14H6L5 6M10 11v6M14 11v6",
            IconName::Edit => "M12 20h9M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4Z",
            IconName::Download => "M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4M7 10l5 5 5-5M12 15V3",
            IconName::Upload => "M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4M17 8l-5-5-5 5M12 3v12",
            IconName::Alert => "M12 9v4M12 17h.01M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0",
            IconName::Check => "M20 6 9 17l-5-5",
            IconName::Star => "m12 2 3.1 6.3 6.9 1-5 4.9 1.2 6.8L12 17.8 5.8 21l1.2-6.8-5-4.9 6.9-1Z",
            IconName::Receipt => "M4 2v20l3-2 3 2 2-2 2 2 3-2 3 2V2l-3 2-3-2-2 2-2-2-3 2ZM8 8h8M8 12h8M8 16h5",
            IconName::ArrowLeft => "M19 12H5M12 19l-7-7 7-7",
            IconName::Mail => "M4 4h16a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2M22 6l-10 7L2 6",
            IconName::Phone => "M22 16.9v3a2 2 0 0 1-2.2 2 19.8 19.8 0 0 1-8.6-3.1 19.5 19.5 0 0 1-6-6A19.8 19.8 0 0 1 2.1 4.2 2 2 0 0 1 4.1 2h3a2 2 0 0 1 2 1.7c.1.9.4 1.8.7 2.7a2 2 0 0 1-.5 2.1L8 9.8a16 16 0 0 0 6 6l1.3-1.3a2 2 0 0 1 2.1-.4c.9.3 1.8.6 2.7.7a2 2 0 0 1 1.7 2",
            IconName::Link => "M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7",
            IconName::Close => "M18 6 6 18M6 6l12 12",
            IconName::Brief => "M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8ZM14 2v6h6M8 13h8M8 17h5",
            IconName::Report => "M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2ZM8 9h8M8 13h5",
            IconName::Wip => "M3 3h7v7H3ZM14 3h7v4h-7ZM14 11h7v10h-7ZM3 14h7v7H3Z",
            IconName::Print => "M6 9V2h12v7M6 18H4a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2M6 14h12v8H6Z",
            IconName::Dashboard => "M3 3h8v10H3ZM13 3h8v6h-8ZM13 11h8v10h-8ZM3 15h8v6H3Z",
            IconName::Copy => "M9 9h11v11H9ZM5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1",
        }
    }
}

/// A decorative icon: hidden from assistive technology, since every icon
/// stands beside a text or inside a control with an accessible name.
#[component]
pub fn Icon(name: IconName) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=name.path() />
        </svg>
    }
}
