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
    NavBudgets => "Budgets", "Ngân sách";
    NavReviews => "Competitor reviews", "Competitor review";
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
    TrashHint => "Deleted clients, budgets and team members stay here until you delete them forever. Deleting a client forever also deletes its budgets.", "Khách hàng, ngân sách và thành viên đã xóa nằm ở đây cho đến khi bạn xóa vĩnh viễn. Xóa vĩnh viễn một khách hàng cũng xóa các ngân sách của khách hàng đó.";
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

    BudgetsTitle => "Budgets", "Ngân sách";
    NewBudget => "New budget", "Tạo ngân sách";
    EditBudget => "Edit budget", "Sửa ngân sách";
    EditDetails => "Edit details", "Sửa thông tin";
    Campaign => "Campaign", "Chiến dịch";
    Client => "Client", "Khách hàng";
    Period => "Period", "Thời gian";
    StartDate => "Start date", "Ngày bắt đầu";
    EndDate => "End date", "Ngày kết thúc";
    Currency => "Currency", "Tiền tệ";
    ClientFee => "Client fee", "Phí khách hàng trả";
    ClientFeeHint => "What the client pays for this campaign", "Số tiền khách hàng trả cho chiến dịch này";
    AlertThreshold => "Alert threshold (%)", "Ngưỡng cảnh báo (%)";
    AlertThresholdHint => "Flag the budget when actual cost reaches this share of the plan", "Cảnh báo khi thực chi đạt tỷ lệ này của kế hoạch";
    Planned => "Planned", "Kế hoạch";
    Committed => "Committed", "Đã cam kết";
    Actual => "Actual", "Thực chi";
    Remaining => "Remaining", "Còn lại";
    Burn => "Burn", "Tỷ lệ đã chi";
    PlannedToDate => "Planned to date", "Kế hoạch đến nay";
    Pacing => "Pacing vs plan", "Tiến độ chi so với kế hoạch";
    Forecast => "Forecast at completion", "Dự báo khi kết thúc";
    Fee => "Fee", "Phí";
    Margin => "Margin", "Lợi nhuận";
    ProjectedMargin => "Projected margin", "Lợi nhuận dự kiến";
    DayOfPeriod => "Day {elapsed} of {total}", "Ngày {elapsed} / {total}";
    OnTrack => "On track", "Đúng kế hoạch";
    AlertOverBudget => "Over budget", "Vượt ngân sách";
    AlertOverThreshold => "Over {threshold} % of plan", "Vượt {threshold} % kế hoạch";
    AlertAheadOfPlan => "Spending ahead of plan", "Chi nhanh hơn kế hoạch";
    AlertsTitle => "This budget needs attention", "Ngân sách này cần chú ý";
    AlertOverBudgetBody => "Actual cost is over the planned total.", "Thực chi đã vượt tổng kế hoạch.";
    AlertOverThresholdBody => "Actual cost has reached {threshold} % of the plan.", "Thực chi đã đạt {threshold} % kế hoạch.";
    AlertAheadOfPlanBody => "Spending runs more than 10 % ahead of the straight-line plan to date.", "Tốc độ chi nhanh hơn kế hoạch tuyến tính đến nay hơn 10 %.";
    NeedsAttention => "Needs attention", "Cần chú ý";
    AllClients => "All clients", "Mọi khách hàng";
    AnyStatus => "Any status", "Mọi trạng thái";
    BudgetCount => "{n} of {total} budgets", "{n} / {total} ngân sách";
    EmptyBudgetsTitle => "Keep every campaign on budget", "Giữ mọi chiến dịch trong ngân sách";
    EmptyBudgetsBody => "Plan what each campaign costs, log costs as invoices arrive, and see burn, pacing and margin before every client call.", "Lập kế hoạch chi phí cho từng chiến dịch, ghi lại các khoản chi khi có hóa đơn, và xem tỷ lệ chi, tiến độ và lợi nhuận trước mỗi cuộc gọi với khách hàng.";
    AddClientFirst => "Add a client first: every budget belongs to one.", "Hãy thêm khách hàng trước: mỗi ngân sách thuộc về một khách hàng.";
    NoBudgetMatches => "No budget matches these filters.", "Không có ngân sách nào khớp với bộ lọc này.";
    BudgetLines => "Budget lines", "Hạng mục ngân sách";
    BudgetLinesHint => "Tab moves between cells; Enter in a cell adds a line.", "Tab để chuyển ô; Enter trong một ô để thêm hạng mục.";
    CategoryColumn => "Category", "Hạng mục";
    Description => "Description", "Mô tả";
    Vendor => "Vendor/channel", "Nhà cung cấp/kênh";
    AddLine => "Add line", "Thêm hạng mục";
    DeleteLine => "Delete line {n}", "Xóa hạng mục {n}";
    LineCell => "{column}, line {n}", "{column}, hạng mục {n}";
    NoLines => "No lines yet. Add the first cost you plan.", "Chưa có hạng mục nào. Hãy thêm khoản chi đầu tiên bạn dự kiến.";
    Total => "Total", "Tổng";
    CostEntries => "Costs ({n})", "Khoản chi ({n})";
    CostEntriesOf => "Cost entries of line {n}", "Các khoản chi của hạng mục {n}";
    Date => "Date", "Ngày";
    Amount => "Amount", "Số tiền";
    Note => "Note", "Ghi chú";
    Reference => "Invoice/PO", "Hóa đơn/PO";
    AddCost => "Add cost", "Thêm khoản chi";
    DeleteCost => "Delete cost of {date}", "Xóa khoản chi ngày {date}";
    NoCosts => "No costs recorded yet.", "Chưa có khoản chi nào.";
    Duplicate => "Duplicate", "Nhân bản";
    ExportCsv => "Export CSV", "Xuất CSV";
    Print => "Print", "In";
    BudgetSaved => "Budget “{name}” saved.", "Đã lưu ngân sách “{name}”.";
    BudgetTrashed => "Budget “{name}” moved to the trash.", "Đã chuyển ngân sách “{name}” vào thùng rác.";
    BudgetDuplicated => "Copied as “{name}” for the next period.", "Đã nhân bản thành “{name}” cho kỳ tiếp theo.";
    BudgetNotFound => "This budget does not exist, or was deleted for good.", "Ngân sách này không tồn tại hoặc đã bị xóa vĩnh viễn.";
    BudgetInTrash => "This budget is in the trash.", "Ngân sách này đang ở trong thùng rác.";
    BackToBudgets => "All budgets", "Tất cả ngân sách";
    ClientBudgets => "Budgets", "Ngân sách";
    NoClientBudgets => "No budgets for this client yet.", "Khách hàng này chưa có ngân sách.";
    ChartByCategory => "Planned, committed and actual by category", "Kế hoạch, cam kết và thực chi theo hạng mục";
    ChartBurn => "Burn over time", "Tiến độ chi theo thời gian";
    ChartByCategoryAlt => "Bar chart of planned, committed and actual cost for each category: {summary}.", "Biểu đồ cột kế hoạch, cam kết và thực chi theo hạng mục: {summary}.";
    ChartBurnAlt => "Line chart of cumulative actual cost against the straight-line plan from {start} to {end}; today {actual} spent against {plan} planned.", "Biểu đồ đường thực chi lũy kế so với kế hoạch tuyến tính từ {start} đến {end}; hôm nay đã chi {actual} so với kế hoạch {plan}.";
    ShowDataTable => "Show the data", "Xem số liệu";
    CumulativeActual => "Cumulative actual", "Thực chi lũy kế";
    StraightLinePlan => "Straight-line plan", "Kế hoạch tuyến tính";
    Today => "Today", "Hôm nay";
    NoCostsToChart => "The chart appears once costs are logged.", "Biểu đồ sẽ hiện khi có khoản chi.";
    TotalsInReporting => "Total in {currency}, at your exchange rates", "Tổng quy đổi sang {currency} theo tỷ giá của bạn";
    MissingRate => "No exchange rate from {currency}: add one on the Data page to see totals.", "Chưa có tỷ giá từ {currency}: hãy thêm trên trang Dữ liệu để xem tổng.";
    CurrenciesTitle => "Currencies", "Tiền tệ";
    CurrenciesBody => "Budgets keep their own currency. Totals across currencies are shown in the reporting currency, using the latest rate on or before the day.", "Mỗi ngân sách giữ tiền tệ riêng. Tổng của nhiều loại tiền được quy đổi sang tiền tệ báo cáo theo tỷ giá gần nhất trước hoặc vào ngày đó.";
    ReportingCurrency => "Reporting currency", "Tiền tệ báo cáo";
    ExchangeRates => "Exchange rates", "Tỷ giá";
    FromCurrency => "From", "Từ";
    ToCurrency => "To", "Sang";
    Rate => "Rate", "Tỷ giá";
    RateHint => "How many “To” units one “From” unit is worth", "Một đơn vị “Từ” bằng bao nhiêu đơn vị “Sang”";
    AddRate => "Add rate", "Thêm tỷ giá";
    DeleteRate => "Delete rate {from} → {to} of {date}", "Xóa tỷ giá {from} → {to} ngày {date}";
    NoRates => "No exchange rates yet.", "Chưa có tỷ giá nào.";
    SameCurrency => "Choose two different currencies", "Hãy chọn hai loại tiền khác nhau";
    KindBudget => "Budget", "Ngân sách";
    CategoryMedia => "Media", "Media";
    CategoryProduction => "Production", "Sản xuất";
    CategoryCreative => "Creative", "Sáng tạo";
    CategoryFee => "Agency fee", "Phí agency";
    CategoryThirdParty => "Third party", "Bên thứ ba";
    CategoryOther => "Other", "Khác";
    PrintedOn => "Printed {date}", "In ngày {date}";

    ReviewsTitle => "Competitor reviews", "Competitor review";
    NewReview => "New review", "Tạo review mới";
    ReviewTitle => "Title", "Tiêu đề";
    Untitled => "Untitled", "Chưa đặt tên";
    Competitors => "Competitors", "Đối thủ";
    EmptyReviewsTitle => "Know the client's market better than anyone", "Hiểu thị trường của khách hàng hơn ai hết";
    EmptyReviewsBody => "A competitor review collects the market, each competitor's positioning, messages, spend and campaigns over the year, and your point of view — then presents it full screen, offline, in the pitch.", "Bản Competitor Review tập hợp thị trường, định vị, thông điệp, ngân sách và chiến dịch của từng đối thủ trong năm, cùng quan điểm của agency — rồi trình chiếu toàn màn hình, không cần mạng, trong buổi pitch.";
    ReviewNotFound => "This review does not exist, or was deleted for good.", "Bản review này không tồn tại hoặc đã bị xóa vĩnh viễn.";
    ReviewInTrash => "This review is in the trash.", "Bản review này đang ở trong thùng rác.";
    BackToReviews => "All reviews", "Tất cả review";
    ReviewDuplicated => "Started next year's review from this one.", "Đã tạo review năm sau từ bản này.";
    ReviewTrashed => "Review “{name}” moved to the trash.", "Đã chuyển review “{name}” vào thùng rác.";
    ReviewNeedsALook => "Worth a look before the pitch", "Nên xem lại trước buổi pitch";
    Overview => "Overview", "Tổng quan";
    FirstMonth => "First month", "Tháng bắt đầu";
    MarketOverview => "Market overview", "Tổng quan thị trường";
    ClientPosition => "The client's position", "Vị thế của khách hàng";
    PointOfView => "Point of view", "Quan điểm của agency";
    Recommendations => "Recommendations", "Đề xuất";
    ForecastText => "Forecast", "Dự báo";
    NoCompetitors => "No competitors yet.", "Chưa có đối thủ nào.";
    AddCompetitor => "Add competitor", "Thêm đối thủ";
    CompetitorNumber => "Competitor {n}", "Đối thủ {n}";
    Positioning => "Positioning", "Định vị";
    KeyMessage => "Key message", "Thông điệp chính";
    Tone => "Tone", "Giọng điệu";
    Audience => "Audience", "Đối tượng";
    Channels => "Channels", "Kênh";
    EstimatedSpend => "Estimated spend", "Ngân sách ước tính";
    SpendConfidence => "Confidence in the estimate", "Độ tin cậy của ước tính";
    ShareOfVoice => "Share of voice (%)", "Share of voice (%)";
    ShareOfVoiceHint => "Their share of all category voice, e.g. 35", "Tỷ lệ tiếng nói trong ngành, ví dụ 35";
    ConfidenceLow => "Low", "Thấp";
    ConfidenceMedium => "Medium", "Trung bình";
    ConfidenceHigh => "High", "Cao";
    CitedSources => "Sources for this competitor", "Nguồn cho đối thủ này";
    Strengths => "Strengths", "Điểm mạnh";
    Weaknesses => "Weaknesses", "Điểm yếu";
    Opportunities => "Opportunities", "Cơ hội";
    Threats => "Threats", "Thách thức";
    SwotItem => "{list} item {n}", "{list} — mục {n}";
    AddSwotItem => "Add to {list}", "Thêm vào {list}";
    ObservedCampaigns => "Observed campaigns", "Chiến dịch đã ghi nhận";
    AddCampaign => "Add campaign", "Thêm chiến dịch";
    CampaignName => "Campaign", "Chiến dịch";
    CampaignNamed => "Campaign {name}", "Chiến dịch {name}";
    Message => "Message", "Thông điệp";
    SourceUrl => "Source link", "Link nguồn";
    MoveUp => "Move {name} up", "Chuyển {name} lên";
    MoveDown => "Move {name} down", "Chuyển {name} xuống";
    RemoveItem => "Remove {name}", "Xóa {name}";
    ItemRemoved => "“{name}” removed.", "Đã xóa “{name}”.";
    Sources => "Sources", "Nguồn";
    NoSources => "No sources yet. Label each as fact, inference or assumption.", "Chưa có nguồn. Hãy đánh dấu mỗi nguồn là dữ kiện, suy luận hay giả định.";
    AddSource => "Add source", "Thêm nguồn";
    SourceNamed => "Source {name}", "Nguồn {name}";
    SourceTitle => "Source", "Nguồn";
    Url => "Link", "Link";
    AccessedOn => "Accessed on", "Ngày truy cập";
    SourceKind => "Kind", "Loại";
    SourceFact => "Fact", "Dữ kiện";
    SourceInference => "Inference", "Suy luận";
    SourceAssumption => "Assumption", "Giả định";
    Analysis => "Analysis", "Phân tích";
    ComparisonMatrix => "Comparison matrix", "Ma trận so sánh";
    CampaignTimeline => "Campaign timeline", "Dòng thời gian chiến dịch";
    ShareAndSpend => "Share of voice and spend", "Share of voice và ngân sách";
    OthersShare => "Others", "Khác";
    NoShareOfVoice => "No share of voice entered yet.", "Chưa nhập share of voice.";
    NoSpend => "No spend estimates yet.", "Chưa có ước tính ngân sách.";
    ShareOfVoiceAlt => "Bar chart of share of voice: {summary}.", "Biểu đồ cột share of voice: {summary}.";
    SpendAlt => "Bar chart of estimated spend: {summary}.", "Biểu đồ cột ngân sách ước tính: {summary}.";
    TimelineAlt => "Campaign timeline by brand: {summary}.", "Dòng thời gian chiến dịch theo thương hiệu: {summary}.";
    Present => "Present", "Trình chiếu";
    PresentMode => "Presentation", "Trình chiếu";
    PresentHint => "← → Space to move · Esc to leave", "← → Space để chuyển · Esc để thoát";
    PreviousSlide => "Previous", "Trước";
    NextSlide => "Next", "Tiếp";
    ExitPresent => "Exit", "Thoát";
    SlideOf => "Slide {n} of {total}", "Trang {n} / {total}";
    ClientReviews => "Competitor reviews", "Competitor review";
    NoClientReviews => "No competitor reviews for this client yet.", "Khách hàng này chưa có competitor review.";
    KindReview => "Competitor review", "Competitor review";

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
    ProblemOutsidePeriod => "Outside the review period", "Nằm ngoài thời gian của bản review";
    ProblemShareOfVoiceOver100 => "Shares of voice add up to {total} %, more than 100 %", "Tổng share of voice là {total} %, vượt quá 100 %";
    ProblemDuplicateId => "The same id is used twice", "Một id bị dùng hai lần";
}
