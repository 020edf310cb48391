/// Declares [`Key`] and its texts together, so a key cannot exist without a
/// slot for both languages; the tests check that neither slot is empty.
macro_rules! catalog {
    ($($key:ident => $en:literal, $vi:literal;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key),* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key),*];

            pub fn en(self) -> &'static str {
                match self { $(Key::$key => $en),* }
            }

            pub fn vi(self) -> &'static str {
                match self { $(Key::$key => $vi),* }
            }
        }
    };
}

catalog! {
    AppName => "Account Desk", "Account Desk";
    Tagline => "Your clients, offline", "Khách hàng của bạn, cả khi offline";
    MainNavigation => "Main navigation", "Điều hướng chính";
    Language => "Language", "Ngôn ngữ";
    LanguageEnglish => "English", "English";
    LanguageVietnamese => "Tiếng Việt", "Tiếng Việt";
    SkipToContent => "Skip to content", "Chuyển đến nội dung";

    NavClients => "Clients", "Khách hàng";
    NavTeam => "Team", "Đội ngũ";
    NavData => "Data", "Dữ liệu";

    Save => "Save", "Lưu";
    Cancel => "Cancel", "Hủy";
    Delete => "Delete", "Xóa";
    Edit => "Edit", "Sửa";
    Export => "Export", "Xuất dữ liệu";
    Undo => "Undo", "Hoàn tác";
    Dismiss => "Dismiss", "Đóng";
    Restore => "Restore", "Khôi phục";
    DeleteForever => "Delete forever", "Xóa vĩnh viễn";
    None => "None", "Không có";
    Close => "Close", "Đóng lại";

    SaveStateSaved => "All changes saved", "Đã lưu mọi thay đổi";
    SaveStatePending => "Saving…", "Đang lưu…";
    SaveStateFailed => "Not saved", "Chưa lưu được";

    ClientsTitle => "Clients", "Khách hàng";
    NewClient => "New client", "Thêm khách hàng";
    SearchClients => "Search clients", "Tìm khách hàng";
    SearchClientsHint => "Name, industry, tag or contact", "Tên, ngành, tag hoặc người liên hệ";
    ClientCount => "{n} of {total} clients", "{n} / {total} khách hàng";
    NoClientMatches => "No client matches these filters.", "Không có khách hàng nào khớp với bộ lọc này.";
    ClearSearch => "Clear filters", "Xóa bộ lọc";
    AllStatuses => "All statuses", "Mọi trạng thái";
    Everyone => "Everyone", "Tất cả mọi người";
    SortBy => "Sort by {column}", "Sắp xếp theo {column}";
    EmptyClientsTitle => "Start with your first client", "Bắt đầu với khách hàng đầu tiên";
    EmptyClientsBody => "Account Desk keeps your clients, their contacts and your account team in this browser. No server, no sign-up, and it works offline — in the client's meeting room too.", "Account Desk lưu khách hàng, người liên hệ và team phụ trách ngay trong trình duyệt này. Không cần máy chủ, không cần đăng ký, và vẫn chạy khi offline — kể cả trong phòng họp của khách hàng.";
    LoadSampleData => "Load sample data", "Dùng dữ liệu mẫu";
    SampleDataHint => "A small Vietnamese agency with eight clients, to look around.", "Một agency nhỏ ở Việt Nam với tám khách hàng, để bạn xem thử.";

    Name => "Name", "Tên";
    Industry => "Industry", "Ngành";
    Brands => "Brands", "Thương hiệu";
    Status => "Status", "Trạng thái";
    Tier => "Tier", "Tier";
    AccountOwner => "Account owner", "Account phụ trách";
    AccountTeam => "Account team", "Team phụ trách";
    TeamOnThisAccount => "Who works on this client", "Ai làm cho khách hàng này";
    ClientSince => "Client since", "Khách hàng từ";
    ChurnedOn => "Churned on", "Ngày ngừng hợp tác";
    Website => "Website", "Website";
    Notes => "Notes", "Ghi chú";
    Tags => "Tags", "Thẻ";
    DefaultCurrency => "Default currency", "Tiền tệ mặc định";
    Contacts => "Contacts", "Người liên hệ";
    ContactCount => "Contacts", "Số liên hệ";
    Updated => "Updated", "Cập nhật";
    CommaSeparated => "Separate with commas", "Phân cách bằng dấu phẩy";
    Details => "Details", "Thông tin";

    StatusProspect => "Prospect", "Tiềm năng";
    StatusActive => "Active", "Đang hợp tác";
    StatusPaused => "Paused", "Tạm dừng";
    StatusChurned => "Churned", "Đã ngừng";
    TierA => "A", "A";
    TierB => "B", "B";
    TierC => "C", "C";
    TierHint => "A is a key account", "A là khách hàng chiến lược";

    EditClient => "Edit client", "Sửa khách hàng";
    ClientSaved => "Client “{name}” saved.", "Đã lưu khách hàng “{name}”.";
    ClientTrashed => "“{name}” moved to the trash.", "Đã chuyển “{name}” vào thùng rác.";
    ClientRestored => "“{name}” restored.", "Đã khôi phục “{name}”.";
    FixTheFields => "Please fix the highlighted fields.", "Vui lòng sửa các trường được đánh dấu.";
    BackToClients => "All clients", "Tất cả khách hàng";

    AddContact => "Add contact", "Thêm người liên hệ";
    RemoveContact => "Remove contact {name}", "Xóa người liên hệ {name}";
    ContactRemoved => "Contact “{name}” removed.", "Đã xóa người liên hệ “{name}”.";
    ContactNumber => "Contact {n}", "Người liên hệ {n}";
    JobTitle => "Title", "Chức danh";
    Email => "Email", "Email";
    Phone => "Phone", "Điện thoại";
    DecisionRole => "Decision role", "Vai trò quyết định";
    PrimaryContact => "Primary contact", "Liên hệ chính";
    Primary => "Primary", "Chính";
    MakePrimary => "Make primary", "Đặt làm liên hệ chính";
    NoContacts => "No contacts yet.", "Chưa có người liên hệ.";
    NoTeam => "No one assigned yet.", "Chưa phân công ai.";
    NoTeamMembersYet => "Add team members on the Team page to assign them here.", "Thêm thành viên ở trang Đội ngũ để phân công tại đây.";

    DecisionMaker => "Decision maker", "Người quyết định";
    DecisionApprover => "Approver", "Người duyệt";
    DecisionInfluencer => "Influencer", "Người ảnh hưởng";
    DecisionDayToDay => "Day-to-day contact", "Liên hệ hằng ngày";
    DecisionFinance => "Finance", "Tài chính";
    DecisionOther => "Other", "Khác";

    TeamTitle => "Team", "Đội ngũ";
    NewTeamMember => "New team member", "Thêm thành viên";
    EditTeamMember => "Edit team member", "Sửa thành viên";
    Role => "Role", "Vai trò";
    OwnsClients => "Owns {n} clients", "Phụ trách {n} khách hàng";
    EmptyTeamTitle => "Who is on your team?", "Team của bạn gồm những ai?";
    EmptyTeamBody => "Add the account people and the Creative, Planning, Production, Design and Media colleagues you work with, then assign them to clients.", "Thêm các bạn Account và đồng nghiệp Creative, Planning, Production, Design, Media mà bạn làm việc cùng, rồi phân công họ cho từng khách hàng.";
    MemberSaved => "“{name}” saved.", "Đã lưu “{name}”.";
    MemberTrashed => "“{name}” moved to the trash.", "Đã chuyển “{name}” vào thùng rác.";

    RoleAccountIntern => "Account Intern", "Account Intern";
    RoleAccountExecutive => "Account Executive", "Account Executive";
    RoleAccountManager => "Account Manager", "Account Manager";
    RoleAccountDirector => "Account Director", "Account Director";
    RoleCreative => "Creative", "Creative";
    RolePlanning => "Planning", "Planning";
    RoleProduction => "Production", "Production";
    RoleDesign => "Design", "Design";
    RoleMedia => "Media", "Media";
    RoleOther => "Other", "Khác";

    DataTitle => "Data", "Dữ liệu";
    DataIntro => "Everything you enter is kept in this browser only. Export a backup regularly and keep it somewhere safe — a cleared browser cannot give it back.", "Mọi dữ liệu bạn nhập chỉ được lưu trong trình duyệt này. Hãy xuất bản sao lưu thường xuyên và cất ở nơi an toàn — trình duyệt bị xóa dữ liệu sẽ không thể lấy lại.";
    ExportTitle => "Backup", "Sao lưu";
    ExportBody => "Download everything as one JSON file. A colleague can import it, and so can you on another computer.", "Tải toàn bộ dữ liệu về thành một file JSON. Đồng nghiệp có thể nhập file này, bạn cũng có thể dùng nó trên máy khác.";
    StorageTitle => "Storage in this browser", "Dung lượng trong trình duyệt";
    StorageUsed => "{used} of {quota} characters used ({percent} %)", "Đã dùng {used} / {quota} ký tự ({percent} %)";
    StorageUsage => "Storage used", "Dung lượng đã dùng";
    TrashTitle => "Trash", "Thùng rác";
    TrashEmpty => "The trash is empty.", "Thùng rác trống.";
    TrashHint => "Deleted clients and team members stay here until you delete them forever.", "Khách hàng và thành viên đã xóa nằm ở đây cho đến khi bạn xóa vĩnh viễn.";
    EmptyTrash => "Empty trash", "Dọn sạch thùng rác";
    DeletedOn => "Deleted {date}", "Đã xóa ngày {date}";
    KindClient => "Client", "Khách hàng";
    KindTeamMember => "Team member", "Thành viên";
    ConfirmDeleteForever => "Delete “{name}” forever? This cannot be undone.", "Xóa vĩnh viễn “{name}”? Không thể hoàn tác.";
    ConfirmEmptyTrash => "Delete everything in the trash forever? This cannot be undone.", "Xóa vĩnh viễn mọi thứ trong thùng rác? Không thể hoàn tác.";

    SaveFailedTitle => "Your latest changes are not saved in this browser", "Thay đổi mới nhất chưa được lưu vào trình duyệt";
    SaveFailedQuota => "The browser's storage for Account Desk is full. Your changes are still on screen: export a backup now, then delete what you no longer need (and empty the trash).", "Bộ nhớ của trình duyệt dành cho Account Desk đã đầy. Thay đổi của bạn vẫn còn trên màn hình: hãy xuất bản sao lưu ngay, rồi xóa những gì không cần nữa (và dọn thùng rác).";
    SaveFailedUnavailable => "This browser does not let Account Desk store data (private mode or storage turned off). Your changes are on screen only: export a backup before closing the tab.", "Trình duyệt không cho phép Account Desk lưu dữ liệu (chế độ riêng tư hoặc đã tắt lưu trữ). Thay đổi chỉ có trên màn hình: hãy xuất bản sao lưu trước khi đóng tab.";
    SaveFailedKept => "Saving is paused to protect the unreadable data already stored here. Download it, then choose “Discard stored copy”.", "Việc lưu đang tạm dừng để giữ an toàn cho dữ liệu không đọc được đang có ở đây. Hãy tải nó về, rồi chọn “Bỏ bản đã lưu”.";
    SaveFailedOther => "The browser refused to save: {reason}. Your changes are still on screen: export a backup now.", "Trình duyệt từ chối lưu: {reason}. Thay đổi của bạn vẫn còn trên màn hình: hãy xuất bản sao lưu ngay.";
    ExportBackupNow => "Export backup now", "Xuất bản sao lưu ngay";
    RetrySave => "Try saving again", "Thử lưu lại";

    UnreadableTitle => "Stored data could not be read", "Không đọc được dữ liệu đã lưu";
    UnreadableBody => "The data stored in this browser could not be opened: {reason}. Nothing was overwritten: it is kept under the backup key “{key}”. You can download it to keep or to send to support.", "Không mở được dữ liệu lưu trong trình duyệt này: {reason}. Không có gì bị ghi đè: dữ liệu được giữ nguyên dưới khóa sao lưu “{key}”. Bạn có thể tải về để giữ hoặc gửi cho bộ phận hỗ trợ.";
    UnreadableNoBackup => "The data stored in this browser could not be opened: {reason}. It was left exactly as it was, and new changes will not be saved over it until you download it and discard it.", "Không mở được dữ liệu lưu trong trình duyệt này: {reason}. Dữ liệu được giữ nguyên, và thay đổi mới sẽ không ghi đè lên nó cho đến khi bạn tải về và bỏ nó đi.";
    DownloadStoredData => "Download stored data", "Tải dữ liệu đã lưu";
    DiscardStoredCopy => "Discard stored copy", "Bỏ bản đã lưu";
    RepairedTitle => "Some stored data was repaired", "Một số dữ liệu đã được sửa";
    RepairedBody => "{n} problem(s) were fixed while opening your data, for example: {example}.", "Đã sửa {n} lỗi khi mở dữ liệu, ví dụ: {example}.";

    NotFoundTitle => "Page not found", "Không tìm thấy trang";
    NotFoundBody => "There is nothing at this address. It may have been mistyped, or the record was deleted for good.", "Không có gì ở địa chỉ này. Có thể địa chỉ bị gõ sai, hoặc bản ghi đã bị xóa vĩnh viễn.";
    ClientNotFound => "This client does not exist, or was deleted for good.", "Khách hàng này không tồn tại hoặc đã bị xóa vĩnh viễn.";
    ClientInTrash => "This client is in the trash.", "Khách hàng này đang ở trong thùng rác.";
    GoToClients => "Go to clients", "Đến trang khách hàng";

    RestoreEmpty => "the data is empty", "dữ liệu trống";
    RestoreNotJson => "not valid JSON (line {line}, column {column}): {detail}", "không phải JSON hợp lệ (dòng {line}, cột {column}): {detail}";
    RestoreNotOurs => "this is not Account Desk data", "đây không phải dữ liệu của Account Desk";
    RestoreNewerVersion => "made by a newer Account Desk (format version {found}; this one reads up to {supported})", "được tạo bởi phiên bản Account Desk mới hơn (định dạng phiên bản {found}; bản này đọc được đến {supported})";
    RestoreUnknownVersion => "unknown format version {found}", "không rõ phiên bản định dạng {found}";
    RestoreInvalid => "{path}: {problem}", "{path}: {problem}";
    RestoreMoreProblems => "{first} (and {more} more)", "{first} (và {more} lỗi khác)";

    ProblemRequired => "Required", "Bắt buộc";
    ProblemNotAnEmail => "Not an email address", "Không phải địa chỉ email";
    ProblemNotAWebAddress => "Not a web address — start with https://", "Không phải địa chỉ web — hãy bắt đầu bằng https://";
    ProblemTooLong => "Longer than {max} characters", "Dài quá {max} ký tự";
    ProblemBeforeClientSince => "Before the “Client since” date", "Trước ngày “Khách hàng từ”";
    ProblemChurnDateWithoutChurn => "Only churned clients have this date", "Chỉ khách hàng đã ngừng mới có ngày này";
    ProblemUnknownTeamMember => "This team member no longer exists", "Thành viên này không còn tồn tại";
    ProblemEndBeforeStart => "Before the start date", "Trước ngày bắt đầu";
    ProblemOutOfRange => "Must be between {min} and {max}", "Phải trong khoảng {min} đến {max}";
    ProblemAmountTooLarge => "Amount too large", "Số tiền quá lớn";
    ProblemNegative => "Must not be negative", "Không được âm";
    ProblemUnknownClient => "This client no longer exists", "Khách hàng này không còn tồn tại";
    ProblemNotAnAmount => "Not an amount", "Không phải số tiền";
    ProblemDuplicateId => "The same id is used twice", "Một id bị dùng hai lần";
}
