use super::Text;

/// Declares [`Key`], [`LaterKey`] and their texts together, so a key cannot
/// exist without a slot for both languages; the tests check that neither
/// slot is empty.
///
/// `first` holds the texts of the client list, the shell and what they can
/// show (banners, toasts, the restore's messages); `later` those only the
/// screens of the second wasm file show. Two types, not one, so that a
/// mistake costs size, never a label: code of the first file that names a
/// [`LaterKey`] compiles, and links every later text back into that file.
macro_rules! catalog {
    (
        first { $($key:ident => $en:literal, $vi:literal;)* }
        later { $($later:ident => $later_en:literal, $later_vi:literal;)* }
    ) => {
        /// A text of the first screen and the shell: in the first wasm file.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key),* }

        /// A text only the screens of the second wasm file show.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum LaterKey { $($later),* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key),*];
        }

        impl LaterKey {
            pub const ALL: &'static [LaterKey] = &[$(LaterKey::$later),*];
        }

        impl Text for Key {
            fn en(self) -> &'static str {
                match self { $(Key::$key => $en),* }
            }

            fn vi(self) -> &'static str {
                match self { $(Key::$key => $vi),* }
            }
        }

        impl Text for LaterKey {
            fn en(self) -> &'static str {
                match self { $(LaterKey::$later => $later_en),* }
            }

            fn vi(self) -> &'static str {
                match self { $(LaterKey::$later => $later_vi),* }
            }
        }
    };
}

catalog! {
    first {
        AppName => "Account Desk", "Account Desk";
        MainNavigation => "Main navigation", "Điều hướng chính";
        Language => "Language", "Ngôn ngữ";
        LanguageEnglish => "English", "English";
        LanguageVietnamese => "Tiếng Việt", "Tiếng Việt";
        SkipToContent => "Skip to content", "Chuyển đến nội dung";

        NavDashboard => "Dashboard", "Dashboard";
        NavClients => "Clients", "Khách hàng";
        NavBudgets => "Budgets", "Ngân sách";
        NavReviews => "Competitor reviews", "Competitor review";
        NavBriefs => "Briefs", "Brief";
        NavContactReports => "Contact reports", "Contact report";
        NavWip => "WIP", "WIP";
        NavTeam => "Team", "Đội ngũ";
        NavData => "Data", "Dữ liệu";

        Save => "Save", "Lưu";
        Cancel => "Cancel", "Hủy";
        Undo => "Undo", "Hoàn tác";
        Dismiss => "Dismiss", "Đóng";
        Restore => "Restore", "Khôi phục";

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
        Status => "Status", "Trạng thái";
        Tier => "Tier", "Tier";
        AccountOwner => "Account owner", "Account phụ trách";
        ContactCount => "Contacts", "Số liên hệ";
        Updated => "Updated", "Cập nhật";

        StatusProspect => "Prospect", "Tiềm năng";
        StatusActive => "Active", "Đang hợp tác";
        StatusPaused => "Paused", "Tạm dừng";
        StatusChurned => "Churned", "Đã ngừng";
        TierA => "A", "A";
        TierB => "B", "B";
        TierC => "C", "C";

        FixTheFields => "Please fix the highlighted fields.", "Vui lòng sửa các trường được đánh dấu.";

        DecisionMaker => "Decision maker", "Người quyết định";
        DecisionApprover => "Approver", "Người duyệt";
        DecisionInfluencer => "Influencer", "Người ảnh hưởng";
        DecisionDayToDay => "Day-to-day contact", "Liên hệ hằng ngày";
        DecisionFinance => "Finance", "Tài chính";
        DecisionOther => "Other", "Khác";

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

        SaveFailedTitle => "Your latest changes are not saved in this browser", "Thay đổi mới nhất chưa được lưu vào trình duyệt";
        SaveFailedQuota => "The browser's storage for Account Desk is full. Your changes are still on screen: export a backup now, then delete what you no longer need (and empty the trash).", "Bộ nhớ của trình duyệt dành cho Account Desk đã đầy. Thay đổi của bạn vẫn còn trên màn hình: hãy xuất bản sao lưu ngay, rồi xóa những gì không cần nữa (và dọn thùng rác).";
        SaveFailedUnavailable => "This browser does not let Account Desk store data (private mode or storage turned off). Your changes are on screen only: export a backup before closing the tab.", "Trình duyệt không cho phép Account Desk lưu dữ liệu (chế độ riêng tư hoặc đã tắt lưu trữ). Thay đổi chỉ có trên màn hình: hãy xuất bản sao lưu trước khi đóng tab.";
        SaveFailedKept => "Saving is paused to protect the unreadable data already stored here. Download it, then choose “Discard stored copy”.", "Việc lưu đang tạm dừng để giữ an toàn cho dữ liệu không đọc được đang có ở đây. Hãy tải nó về, rồi chọn “Bỏ bản đã lưu”.";
        SaveFailedNotFetched => "Account Desk could not fetch the part of the app that saves. Your changes are still on screen: check the connection, then try saving again.", "Account Desk không tải được phần ứng dụng dùng để lưu. Thay đổi của bạn vẫn còn trên màn hình: hãy kiểm tra kết nối rồi thử lưu lại.";
        SaveFailedChangedElsewhere => "Another tab saved Account Desk data in a newer format that this tab cannot read. Your changes are still on screen: export a backup now, then reload this tab.", "Một tab khác đã lưu dữ liệu Account Desk ở định dạng mới hơn mà tab này không đọc được. Thay đổi của bạn vẫn còn trên màn hình: hãy xuất bản sao lưu ngay, rồi tải lại tab này.";
        ChangedInOtherTab => "“{names}” was also changed in another tab at the same moment; the later change was kept.", "“{names}” cũng vừa được sửa ở một tab khác cùng lúc; giữ lại thay đổi sau cùng.";
        UpdateReadyTitle => "A new version of Account Desk is ready", "Đã có phiên bản Account Desk mới";
        UpdateReadyBody => "Reload to use it. Your data stays as it is.", "Tải lại trang để dùng. Dữ liệu của bạn vẫn giữ nguyên.";
        ReloadToUpdate => "Reload to update", "Tải lại để cập nhật";
        BackupReminderTitle => "Time for a backup", "Đến lúc sao lưu";
        BackupReminderBody => "{days} days of work are kept only in this browser. Export a backup and keep it somewhere safe.", "{days} ngày làm việc chỉ đang nằm trong trình duyệt này. Hãy xuất bản sao lưu và cất ở nơi an toàn.";
        Later => "Later", "Để sau";
        SaveFailedOther => "The browser refused to save: {reason}. Your changes are still on screen: export a backup now.", "Trình duyệt từ chối lưu: {reason}. Thay đổi của bạn vẫn còn trên màn hình: hãy xuất bản sao lưu ngay.";
        ExportBackupNow => "Export backup now", "Xuất bản sao lưu ngay";
        RetrySave => "Try saving again", "Thử lưu lại";
        ScreenLoading => "Opening…", "Đang mở…";
        ScreenLoadFailedTitle => "This screen could not be opened", "Không mở được màn hình này";
        ScreenLoadFailedBody => "Account Desk fetches this part of the app the first time it is opened, and the fetch failed. Check the connection and try again. Your data is safe in this browser.", "Account Desk tải phần này của ứng dụng ở lần mở đầu tiên, và lần tải vừa rồi không thành công. Hãy kiểm tra kết nối rồi thử lại. Dữ liệu của bạn vẫn an toàn trong trình duyệt này.";
        TryAgain => "Try again", "Thử lại";
        LaterWorkFailed => "Account Desk could not fetch the part of the app that does this. Check the connection and try again. Your data is safe in this browser.", "Account Desk không tải được phần ứng dụng làm việc này. Hãy kiểm tra kết nối rồi thử lại. Dữ liệu của bạn vẫn an toàn trong trình duyệt này.";

        UnreadableTitle => "Stored data could not be read", "Không đọc được dữ liệu đã lưu";
        UnreadableBody => "The data stored in this browser could not be opened: {reason}. Nothing was overwritten: it is kept under the backup key “{key}”. You can download it to keep or to send to support.", "Không mở được dữ liệu lưu trong trình duyệt này: {reason}. Không có gì bị ghi đè: dữ liệu được giữ nguyên dưới khóa sao lưu “{key}”. Bạn có thể tải về để giữ hoặc gửi cho bộ phận hỗ trợ.";
        UnreadableNoBackup => "The data stored in this browser could not be opened: {reason}. It was left exactly as it was, and new changes will not be saved over it until you download it and discard it.", "Không mở được dữ liệu lưu trong trình duyệt này: {reason}. Dữ liệu được giữ nguyên, và thay đổi mới sẽ không ghi đè lên nó cho đến khi bạn tải về và bỏ nó đi.";
        DownloadStoredData => "Download stored data", "Tải dữ liệu đã lưu";
        DiscardStoredCopy => "Discard stored copy", "Bỏ bản đã lưu";
        RepairedTitle => "Some stored data was repaired", "Một số dữ liệu đã được sửa";
        RepairedBody => "{n} problem(s) were fixed while opening your data, for example: {example}.", "Đã sửa {n} lỗi khi mở dữ liệu, ví dụ: {example}.";

        RestoreEmpty => "the data is empty", "dữ liệu trống";
        RestoreNotJson => "not valid JSON (line {line}, column {column}): {detail}", "không phải JSON hợp lệ (dòng {line}, cột {column}): {detail}";
        JsonEndsEarly => "the text ends too early — the file may have been cut short while downloading or copying", "văn bản kết thúc giữa chừng — có thể file bị cắt ngang khi tải về hoặc sao chép";
        JsonExpectedColon => "a “:” is missing after a name", "thiếu dấu “:” sau một tên trường";
        JsonExpectedCommaOrEnd => "a comma or a closing bracket is missing", "thiếu dấu phẩy hoặc dấu đóng ngoặc";
        JsonExpectedValue => "a value is missing or misspelled", "thiếu giá trị hoặc giá trị viết sai";
        JsonBadString => "a text value holds a character JSON does not allow", "một chuỗi chứa ký tự JSON không cho phép";
        JsonBadNumber => "a number is not valid", "một số không hợp lệ";
        JsonKeyNotString => "a name is not in double quotes", "một tên trường không nằm trong dấu ngoặc kép";
        JsonTrailingComma => "a comma stands before a closing bracket", "có dấu phẩy thừa trước dấu đóng ngoặc";
        JsonTrailingText => "more text follows the end of the data", "có thêm văn bản sau phần cuối dữ liệu";
        JsonTooDeep => "the data is nested too deeply", "dữ liệu lồng nhau quá sâu";
        RestoreEncrypted => "the file is encrypted: enter its passphrase", "file đã được mã hóa: hãy nhập mật khẩu";
        RestoreNotOurs => "this is not Account Desk data", "đây không phải dữ liệu của Account Desk";
        RestoreNewerVersion => "made by a newer Account Desk (format version {found}; this one reads up to {supported})", "được tạo bởi phiên bản Account Desk mới hơn (định dạng phiên bản {found}; bản này đọc được đến {supported})";
        RestoreUnknownVersion => "unknown format version {found}", "không rõ phiên bản định dạng {found}";
        RestoreDamagedStorage => "the data kept in this browser is damaged ({detail})", "dữ liệu lưu trong trình duyệt này bị hỏng ({detail})";
        RestoreInvalid => "{path}: {problem}", "{path}: {problem}";
        RestoreMoreProblems => "{first} (and {more} more)", "{first} (và {more} lỗi khác)";

        Client => "Client", "Khách hàng";
        OnTrack => "On track", "Đúng kế hoạch";
        AlertOverBudget => "Over budget", "Vượt ngân sách";
        AlertOverThreshold => "Over {threshold} % of plan", "Vượt {threshold} % kế hoạch";
        AlertAheadOfPlan => "Spending ahead of plan", "Chi nhanh hơn kế hoạch";
        AllClients => "All clients", "Mọi khách hàng";
        ExportCsv => "Export CSV", "Xuất CSV";

        Yes => "yes", "có";

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

    later {

        Delete => "Delete", "Xóa";
        Edit => "Edit", "Sửa";
        Export => "Export", "Xuất dữ liệu";
        DeleteForever => "Delete forever", "Xóa vĩnh viễn";
        None => "None", "Không có";

        Brands => "Brands", "Thương hiệu";
        AccountTeam => "Account team", "Team phụ trách";
        TeamOnThisAccount => "Who works on this client", "Ai làm cho khách hàng này";
        ClientSince => "Client since", "Khách hàng từ";
        ChurnedOn => "Churned on", "Ngày ngừng hợp tác";
        Website => "Website", "Website";
        Notes => "Notes", "Ghi chú";
        Tags => "Tags", "Thẻ";
        DefaultCurrency => "Default currency", "Tiền tệ mặc định";
        Contacts => "Contacts", "Người liên hệ";
        CommaSeparated => "Separate with commas", "Phân cách bằng dấu phẩy";
        Details => "Details", "Thông tin";

        TierHint => "A is a key account", "A là khách hàng chiến lược";

        EditClient => "Edit client", "Sửa khách hàng";
        ClientSaved => "Client “{name}” saved.", "Đã lưu khách hàng “{name}”.";
        ClientTrashed => "“{name}” moved to the trash.", "Đã chuyển “{name}” vào thùng rác.";
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

        TeamTitle => "Team", "Đội ngũ";
        NewTeamMember => "New team member", "Thêm thành viên";
        EditTeamMember => "Edit team member", "Sửa thành viên";
        Role => "Role", "Vai trò";
        EmptyTeamTitle => "Who is on your team?", "Team của bạn gồm những ai?";
        EmptyTeamBody => "Add the account people and the Creative, Planning, Production, Design and Media colleagues you work with, then assign them to clients.", "Thêm các bạn Account và đồng nghiệp Creative, Planning, Production, Design, Media mà bạn làm việc cùng, rồi phân công họ cho từng khách hàng.";
        MemberSaved => "“{name}” saved.", "Đã lưu “{name}”.";
        MemberTrashed => "“{name}” moved to the trash.", "Đã chuyển “{name}” vào thùng rác.";

        DataTitle => "Data", "Dữ liệu";
        DataIntro => "Everything you enter is kept in this browser only. Export a backup regularly and keep it somewhere safe — a cleared browser cannot give it back.", "Mọi dữ liệu bạn nhập chỉ được lưu trong trình duyệt này. Hãy xuất bản sao lưu thường xuyên và cất ở nơi an toàn — trình duyệt bị xóa dữ liệu sẽ không thể lấy lại.";
        ExportTitle => "Backup", "Sao lưu";
        ExportBody => "Download everything as one JSON file. A colleague can import it, and so can you on another computer.", "Tải toàn bộ dữ liệu về thành một file JSON. Đồng nghiệp có thể nhập file này, bạn cũng có thể dùng nó trên máy khác.";
        StorageTitle => "Storage in this browser", "Dung lượng trong trình duyệt";
        StorageUsed => "{used} of {quota} characters used ({percent} %)", "Đã dùng {used} / {quota} ký tự ({percent} %)";
        StorageUsage => "Storage used", "Dung lượng đã dùng";
        TrashTitle => "Trash", "Thùng rác";
        TrashEmpty => "The trash is empty.", "Thùng rác trống.";
        TrashHint => "Deleted records stay here until you delete them forever. Deleting a client forever also deletes its budgets, reviews, briefs, contact reports and WIP items.", "Dữ liệu đã xóa nằm ở đây cho đến khi bạn xóa vĩnh viễn. Xóa vĩnh viễn một khách hàng cũng xóa ngân sách, review, brief, contact report và việc WIP của khách hàng đó.";
        EmptyTrash => "Empty trash", "Dọn sạch thùng rác";
        DeletedOn => "Deleted {date}", "Đã xóa ngày {date}";
        KindClient => "Client", "Khách hàng";
        KindTeamMember => "Team member", "Thành viên";
        ConfirmDeleteForever => "Delete “{name}” forever? This cannot be undone.", "Xóa vĩnh viễn “{name}”? Không thể hoàn tác.";
        ConfirmEmptyTrash => "Delete everything in the trash forever? This cannot be undone.", "Xóa vĩnh viễn mọi thứ trong thùng rác? Không thể hoàn tác.";

        NotFoundTitle => "Page not found", "Không tìm thấy trang";
        NotFoundBody => "There is nothing at this address. It may have been mistyped, or the record was deleted for good.", "Không có gì ở địa chỉ này. Có thể địa chỉ bị gõ sai, hoặc bản ghi đã bị xóa vĩnh viễn.";
        ClientNotFound => "This client does not exist, or was deleted for good.", "Khách hàng này không tồn tại hoặc đã bị xóa vĩnh viễn.";
        ClientInTrash => "This client is in the trash.", "Khách hàng này đang ở trong thùng rác.";
        GoToClients => "Go to clients", "Đến trang khách hàng";

        BudgetsTitle => "Budgets", "Ngân sách";
        NewBudget => "New budget", "Tạo ngân sách";
        EditBudget => "Edit budget", "Sửa ngân sách";
        EditDetails => "Edit details", "Sửa thông tin";
        Campaign => "Campaign", "Chiến dịch";
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
        AlertsTitle => "This budget needs attention", "Ngân sách này cần chú ý";
        AlertOverBudgetBody => "Actual cost is over the planned total.", "Thực chi đã vượt tổng kế hoạch.";
        AlertOverThresholdBody => "Actual cost has reached {threshold} % of the plan.", "Thực chi đã đạt {threshold} % kế hoạch.";
        AlertAheadOfPlanBody => "Spending runs more than 10 % ahead of the straight-line plan to date.", "Tốc độ chi nhanh hơn kế hoạch tuyến tính đến nay hơn 10 %.";
        NeedsAttention => "Needs attention", "Cần chú ý";
        AnyStatus => "Any status", "Mọi trạng thái";
        BudgetCount => "{n} of {total} budgets", "{n} / {total} ngân sách";
        EmptyBudgetsTitle => "Keep every campaign on budget", "Giữ mọi chiến dịch trong ngân sách";
        EmptyBudgetsBody => "Plan what each campaign costs, log costs as invoices arrive, and see burn, pacing and margin before every client call.", "Lập kế hoạch chi phí cho từng chiến dịch, ghi lại các khoản chi khi có hóa đơn, và xem tỷ lệ chi, tiến độ và lợi nhuận trước mỗi cuộc gọi với khách hàng.";
        AddClientFirst => "Add a client first: every budget belongs to one.", "Hãy thêm khách hàng trước: mỗi ngân sách thuộc về một khách hàng.";
        ReviewsAddClientFirst => "Add a client first: every competitor review is for one.", "Hãy thêm khách hàng trước: mỗi competitor review là cho một khách hàng.";
        ReportsAddClientFirst => "Add a client first: every contact report records a meeting with one.", "Hãy thêm khách hàng trước: mỗi contact report ghi lại một buổi họp với một khách hàng.";
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

        ImportTitle => "Import a file", "Nhập dữ liệu từ file";
        ImportBody => "Bring in a colleague's export (.json) or a client list from a spreadsheet or CRM (.csv). You will see every change before anything happens, and you can undo the import.", "Nhập file xuất từ đồng nghiệp (.json) hoặc danh sách khách hàng từ bảng tính, CRM (.csv). Bạn sẽ thấy mọi thay đổi trước khi áp dụng, và có thể hoàn tác.";
        Import => "Import", "Nhập file";
        ImportDrop => "or drop a .json or .csv file here", "hoặc thả file .json hoặc .csv vào đây";
        ImportPreview => "Import preview", "Xem trước khi nhập";
        ImportPreviewOf => "What “{file}” would change", "Những gì “{file}” sẽ thay đổi";
        ImportMoreRows => "…and {n} more, not listed here; all of them are imported", "…và {n} mục khác không liệt kê ở đây; tất cả đều được nhập";
        ChangeNew => "new", "mới";
        ChangeUpdated => "updated (theirs is newer)", "cập nhật (bản của họ mới hơn)";
        ChangeKept => "kept (yours is newer)", "giữ nguyên (bản của bạn mới hơn)";
        ChangeConflict => "conflicts (both changed)", "xung đột (cả hai đều sửa)";
        ChangeDeleted => "deleted", "bị xóa";
        ChangeUnchanged => "unchanged", "không đổi";
        KeepMine => "Keep mine", "Giữ bản của tôi";
        TakeTheirs => "Take theirs", "Lấy bản của họ";
        KeepAllMine => "Keep mine for all", "Giữ bản của tôi cho tất cả";
        TakeAllTheirs => "Take theirs for all", "Lấy bản của họ cho tất cả";
        ResolveConflict => "Resolve the conflict on {name}", "Xử lý xung đột ở {name}";
        ReplaceEverything => "Replace everything with this file instead of merging", "Thay toàn bộ dữ liệu bằng file này thay vì gộp";
        ConfirmReplace => "Replace all your data with this file? Everything not in the file will be gone (you can still undo right after).", "Thay toàn bộ dữ liệu của bạn bằng file này? Mọi thứ không có trong file sẽ mất (bạn vẫn có thể hoàn tác ngay sau đó).";
        ApplyImport => "Apply import", "Áp dụng";
        UndoImport => "Undo import", "Hoàn tác lần nhập";
        ImportApplied => "Import applied: {n} change(s).", "Đã nhập: {n} thay đổi.";
        ImportUndone => "Import undone: your data is as it was.", "Đã hoàn tác: dữ liệu trở lại như trước.";
        ImportFailed => "This file cannot be imported: {reason}. Nothing was changed.", "Không thể nhập file này: {reason}. Không có gì bị thay đổi.";
        NothingToImport => "Nothing would change: you already have everything in this file.", "Không có gì thay đổi: bạn đã có mọi thứ trong file này.";
        FileTooLarge => "the file is {size} MB, and files up to {limit} MB can be imported", "file nặng {size} MB, chỉ nhập được file tối đa {limit} MB";
        FileNotUtf8 => "the file is not UTF-8 text (byte {at})", "file không phải văn bản UTF-8 (byte {at})";
        FileUnreadable => "the browser could not read the file", "trình duyệt không đọc được file";
        ExportChosen => "Export chosen clients", "Xuất các khách hàng đã chọn";
        ChooseClients => "Clients to export", "Khách hàng cần xuất";
        LastExport => "Last export: {date}", "Lần xuất gần nhất: {date}";
        NeverExported => "Not exported from this browser yet.", "Chưa xuất dữ liệu từ trình duyệt này.";

        ContactColumn => "Contact", "Người liên hệ";

        CsvMappingTitle => "Match the columns of “{file}”", "Ghép các cột của “{file}”";
        CsvMappingBody => "We guessed what each column holds from its header: check, change what is wrong, then preview. Rows with the same client name become one client with its contacts; a client you already have is updated, and blank cells change nothing.", "Chúng tôi đã đoán nội dung từng cột theo tiêu đề: hãy kiểm tra, sửa chỗ sai rồi xem trước. Các dòng cùng tên khách hàng gộp thành một khách hàng với các người liên hệ; khách hàng đã có sẽ được cập nhật, ô trống không thay đổi gì.";
        CsvColumnInFile => "Column in the file", "Cột trong file";
        CsvFirstRow => "First row", "Dòng đầu tiên";
        CsvImportAs => "Import as", "Nhập thành";
        CsvDontImport => "Don't import", "Không nhập";
        CsvPreview => "Preview import", "Xem trước";
        CsvNeedsName => "Choose the column that holds the client name.", "Hãy chọn cột chứa tên khách hàng.";
        CsvRowsRead => "{rows} rows read, {clients} clients found.", "Đã đọc {rows} dòng, tìm thấy {clients} khách hàng.";
        CsvNotesTitle => "Rows to check", "Các dòng cần xem lại";
        CsvClientName => "Client name", "Tên khách hàng";
        CsvContactName => "Contact name", "Tên người liên hệ";
        CsvContactTitle => "Contact title", "Chức danh người liên hệ";
        CsvContactEmail => "Contact email", "Email người liên hệ";
        CsvContactPhone => "Contact phone", "Điện thoại người liên hệ";
        CsvContactPrimary => "Primary contact", "Liên hệ chính";
        RowNote => "Row {line}: {problem}", "Dòng {line}: {problem}";
        RowNoClientName => "no client name, so the row was skipped", "thiếu tên khách hàng nên dòng này bị bỏ qua";
        RowUnknownStatus => "“{value}” is not a client status; the status was left as it was", "“{value}” không phải trạng thái khách hàng; giữ nguyên trạng thái";
        RowUnknownTier => "tier “{value}” should be A, B or C; the tier was left as it was", "tier “{value}” phải là A, B hoặc C; giữ nguyên tier";
        RowUnknownOwner => "“{value}” is not in your team; the account owner was left as it was", "“{value}” không có trong đội ngũ; giữ nguyên Account phụ trách";
        RowContactSkipped => "the contact was not imported ({reason})", "không nhập người liên hệ ({reason})";
        RowClientSkipped => "the client was not imported ({reason})", "không nhập khách hàng này ({reason})";
        CsvEmpty => "the file is empty", "file trống";
        CsvNoRows => "the file has a header row but no data rows", "file chỉ có dòng tiêu đề, không có dữ liệu";
        CsvUnclosedQuote => "a quoted cell that starts on line {line} is never closed", "ô có dấu ngoặc kép bắt đầu ở dòng {line} không được đóng";
        CsvTooManyRows => "it has more than {max} rows", "file có hơn {max} dòng";
        CsvTooManyColumns => "line {line} has more than {max} columns", "dòng {line} có hơn {max} cột";

        PassphraseOptional => "Passphrase (optional)", "Mật khẩu (không bắt buộc)";
        PassphraseHint => "With a passphrase the file is encrypted (AES-256). It is never stored: without it the file cannot be opened.", "Có mật khẩu thì file được mã hóa (AES-256). Mật khẩu không được lưu: thiếu nó thì không mở được file.";
        Passphrase => "Passphrase", "Mật khẩu";
        Unlock => "Unlock", "Mở khóa";
        FileIsEncrypted => "“{file}” is encrypted. Enter the passphrase it was exported with.", "“{file}” đã được mã hóa. Hãy nhập mật khẩu đã dùng khi xuất.";
        WrongPassphrase => "Wrong passphrase: this file was encrypted with another one. Nothing was changed.", "Sai mật khẩu: file này được mã hóa bằng mật khẩu khác. Không có gì bị thay đổi.";
        FileDamaged => "the encrypted file is damaged", "file mã hóa bị hỏng";

        KindBrief => "Brief", "Brief";
        KindContactReport => "Contact report", "Contact report";
        KindWip => "WIP item", "Việc trong WIP";
        KindInteraction => "Client request", "Yêu cầu của khách hàng";
        KindNps => "NPS response", "Phản hồi NPS";
        KindDeal => "Deal", "Deal";
        DeptAccount => "Account", "Account";
        DeptCreative => "Creative", "Creative";
        DeptPlanning => "Planning", "Planning";
        DeptProduction => "Production", "Sản xuất";
        DeptDesign => "Design", "Thiết kế";
        DeptMedia => "Media", "Media";
        WipBriefed => "Briefed", "Đã brief";
        WipInProgress => "In progress", "Đang làm";
        WipInternalReview => "Internal review", "Duyệt nội bộ";
        WipClientReview => "Client review", "Khách hàng duyệt";
        WipApproved => "Approved", "Đã duyệt";
        WipOnHold => "On hold", "Tạm hoãn";
        WipDone => "Done", "Hoàn thành";
        BriefReceived => "Received", "Đã nhận";
        BriefClarifying => "Clarifying", "Đang làm rõ";
        BriefAccepted => "Accepted", "Đã chấp nhận";
        BriefInWork => "In work", "Đang thực hiện";
        BriefDone => "Done", "Hoàn thành";
        ReportDraft => "Draft", "Bản nháp";
        ReportSent => "Sent", "Đã gửi";
        ReportAcknowledged => "Acknowledged", "Khách đã xác nhận";
        Department => "Department", "Bộ phận";
        Owner => "Owner", "Người phụ trách";
        DueDate => "Due date", "Hạn chót";

        // === Briefs and the project summary (issue 7) ===
        BriefsTitle => "Briefs", "Brief";
        BriefsNew => "New brief", "Tạo brief mới";
        BriefsCount => "{n} of {total} briefs", "{n} / {total} brief";
        BriefsNoMatches => "No brief matches these filters.", "Không có brief nào khớp với bộ lọc này.";
        BriefsEmptyTitle => "Log the client's first brief", "Ghi nhận brief đầu tiên của khách hàng";
        BriefsEmptyBody => "Every campaign starts with a Client Brief: what the client asks for, by when, and how success will be measured. Log it here, clarify it, then start work — each deliverable becomes a WIP item.", "Mỗi chiến dịch bắt đầu từ một Client Brief: khách hàng cần gì, deadline khi nào và thành công được đo bằng KPI nào. Ghi nhận brief ở đây, làm rõ với khách hàng, rồi bắt đầu triển khai — mỗi sản phẩm bàn giao trở thành một việc trong WIP.";
        BriefsAddClientFirst => "Add a client first: every brief belongs to one.", "Hãy thêm khách hàng trước: mỗi brief thuộc về một khách hàng.";
        BriefDaysLeft => "{n} days left", "Còn {n} ngày";
        BriefOneDayLeft => "1 day left", "Còn 1 ngày";
        BriefDueToday => "Due today", "Deadline hôm nay";
        BriefOverdue => "Overdue by {n} days", "Trễ deadline {n} ngày";
        BriefOverdueOneDay => "Overdue by 1 day", "Trễ deadline 1 ngày";
        BriefNoDeadline => "No deadline", "Chưa có deadline";
        BriefTitleField => "Title", "Tiêu đề";
        BriefReceivedOn => "Received on", "Ngày nhận brief";
        BriefDeadline => "Deadline", "Deadline";
        BriefBackground => "Background", "Bối cảnh";
        BriefObjectives => "Objectives", "Mục tiêu";
        BriefTargetAudience => "Target audience", "Đối tượng mục tiêu";
        BriefSuccessKpis => "Success KPIs", "KPI đo lường thành công";
        BriefSuccessKpisHint => "How the client will judge the campaign, e.g. 2 million views, +15 % store visits in Tết week", "Khách hàng đánh giá chiến dịch bằng gì, ví dụ 2 triệu lượt xem, +15 % lượt khách đến cửa hàng tuần Tết";
        BriefDeliverables => "Deliverables", "Sản phẩm bàn giao";
        BriefDeliverablesHint => "One per line: each becomes a WIP item when work starts", "Mỗi dòng một sản phẩm: mỗi dòng thành một việc trong WIP khi bắt đầu triển khai";
        BriefMandatories => "Mandatories", "Yêu cầu bắt buộc";
        BriefMandatoriesHint => "Logo rules, legal lines, brand guidelines: what must not change", "Quy định logo, câu pháp lý, brand guideline: những gì không được thay đổi";
        BriefBudgetRange => "Budget range", "Khoảng ngân sách";
        BriefBudgetRangeHint => "As the client put it, e.g. 1.5–2 billion VND", "Theo cách khách hàng đưa ra, ví dụ 1,5–2 tỷ đồng";
        BriefTimeline => "Timeline", "Timeline";
        BriefSectionAsk => "The ask", "Yêu cầu của khách hàng";
        BriefSectionDeliverables => "Deliverables and constraints", "Sản phẩm bàn giao và ràng buộc";
        BriefStatusHint => "Only the next steps of the workflow are offered.", "Chỉ hiện các bước tiếp theo hợp lệ của quy trình.";
        BriefStartWork => "Start work", "Bắt đầu triển khai";
        BriefStartWorkHint => "Saves the brief, then makes one WIP item per deliverable; a deliverable that already has one is skipped.", "Lưu brief, rồi tạo một việc trong WIP cho mỗi sản phẩm bàn giao; sản phẩm đã có việc thì được bỏ qua.";
        BriefStartWorkNeedsDeliverables => "Add deliverables, one per line, to start work.", "Hãy thêm sản phẩm bàn giao, mỗi dòng một sản phẩm, để bắt đầu triển khai.";
        BriefStartWorkDone => "This brief is done. Set it back to “In work” to add work.", "Brief này đã hoàn thành. Chuyển lại “Đang thực hiện” để thêm việc.";
        BriefWipCreated => "{n} WIP items created", "Đã tạo {n} việc trong WIP";
        BriefWipCreatedOne => "1 WIP item created", "Đã tạo 1 việc trong WIP";
        BriefWipNoneNew => "Every deliverable already has a WIP item.", "Mọi sản phẩm bàn giao đều đã có việc trong WIP.";
        BriefWipTitle => "Work from this brief", "Công việc từ brief này";
        BriefWipEmpty => "No WIP items yet. Start work makes one per deliverable.", "Chưa có việc nào trong WIP. “Bắt đầu triển khai” sẽ tạo một việc cho mỗi sản phẩm bàn giao.";
        BriefWipJob => "Job", "Công việc";
        BriefOpenWip => "Open the WIP", "Mở WIP";
        BriefProjectSummary => "Project summary", "Báo cáo tổng kết dự án";
        BriefSaved => "Brief “{name}” saved.", "Đã lưu brief “{name}”.";
        BriefTrashed => "Brief “{name}” moved to the trash.", "Đã chuyển brief “{name}” vào thùng rác.";
        BriefNotFound => "This brief does not exist, or was deleted for good.", "Brief này không tồn tại hoặc đã bị xóa vĩnh viễn.";
        BriefInTrash => "This brief is in the trash.", "Brief này đang ở trong thùng rác.";
        BriefBackToList => "All briefs", "Tất cả brief";
        SummaryBackToBrief => "Back to the brief", "Quay lại brief";
        SummaryPreparedOn => "Prepared on", "Ngày lập";
        SummaryDoneOf => "{done} of {total} done", "Hoàn thành {done}/{total}";
        SummaryObjectivesTitle => "Objectives and success KPIs", "Mục tiêu và KPI đo lường thành công";
        SummaryNotInBrief => "Not recorded in the brief.", "Brief chưa ghi nội dung này.";
        SummaryBudgetTitle => "Budget vs actual", "Ngân sách và thực chi";
        SummaryBudgetNote => "Budgets of {client} whose campaign overlaps this period, as of {date}.", "Các ngân sách của {client} có thời gian trùng với giai đoạn này, tính đến ngày {date}.";
        SummaryNoBudget => "No budget recorded for this period.", "Chưa có ngân sách nào cho giai đoạn này.";
        SummaryDone => "Done ({n})", "Đã hoàn thành ({n})";
        SummaryOpen => "Still open ({n})", "Đang thực hiện ({n})";
        SummaryDue => "Due {date}", "Hạn {date}";
        SummaryNothingDone => "Nothing finished yet.", "Chưa có hạng mục nào hoàn thành.";
        SummaryNothingOpen => "Nothing left open.", "Không còn hạng mục nào đang mở.";
        SummaryNotStarted => "Work has not started yet. The brief asks for:", "Chưa bắt đầu triển khai. Brief yêu cầu:";
        SummaryNoDeliverables => "The brief lists no deliverables.", "Brief chưa liệt kê sản phẩm bàn giao nào.";
        SummaryMeetingsTitle => "Meetings and contact reports", "Các buổi họp và contact report";
        SummaryPurpose => "Purpose", "Mục đích";
        SummaryAgreements => "Agreements", "Điểm thống nhất";
        SummaryNoMeetings => "No contact reports in this period.", "Không có contact report nào trong giai đoạn này.";
        SummaryKpisTitle => "KPIs for the period", "KPI trong giai đoạn";
        SummaryKpisPlaceholder => "KPIs appear here once they are recorded for this client and period.", "KPI sẽ hiện ở đây khi được ghi nhận cho khách hàng và giai đoạn này.";

        // === Contact reports (issue 7) ===
        ReportsTitle => "Contact reports", "Contact report";
        NewContactReport => "New contact report", "Tạo contact report";
        EmptyReportsTitle => "No contact reports yet", "Chưa có contact report nào";
        EmptyReportsBody => "After every meeting, write down what was agreed, who does what and by when — and send it within 48 hours, so that everyone understands the same thing.", "Sau mỗi buổi họp, ghi lại những gì đã thống nhất, ai làm gì, hạn khi nào — và gửi trong vòng 48 giờ để mọi người hiểu như nhau.";
        ReportCount => "{n} of {total} reports", "{n} / {total} report";
        MeetingDate => "Meeting date", "Ngày họp";
        PlaceOrChannel => "Place or channel", "Địa điểm hoặc kênh";
        Purpose => "Purpose", "Mục đích";
        ClientAttendees => "Client attendees", "Phía khách hàng tham dự";
        AgencyAttendees => "Agency attendees", "Phía agency tham dự";
        NoContactsYet => "This client has no contacts yet.", "Khách hàng này chưa có người liên hệ.";
        Agreements => "Agreements", "Các điểm thống nhất";
        AgreementsHint => "What both sides agreed, one per line. Enter adds the next one.", "Những gì hai bên đã thống nhất, mỗi dòng một ý. Nhấn Enter để thêm dòng tiếp.";
        AgreementN => "Agreement {n}", "Điểm thống nhất {n}";
        AddAgreement => "Add agreement", "Thêm điểm thống nhất";
        RemoveAgreementN => "Remove agreement {n}", "Xóa điểm thống nhất {n}";
        ActionItems => "Action items", "Đầu việc";
        ActionItemsHint => "Who does what, by when. Enter adds the next one; each can become a WIP item.", "Ai làm gì, hạn khi nào. Nhấn Enter để thêm; mỗi đầu việc có thể đưa vào WIP.";
        ActionN => "Action {n}", "Đầu việc {n}";
        ActionOwnerN => "Owner of action {n}", "Người phụ trách đầu việc {n}";
        ActionDueN => "Due date of action {n}", "Hạn của đầu việc {n}";
        ActionDoneN => "Action {n} done", "Đầu việc {n} đã xong";
        RemoveActionN => "Remove action {n}", "Xóa đầu việc {n}";
        AddActionItem => "Add action item", "Thêm đầu việc";
        MakeWipItemN => "Make WIP item of action {n}", "Đưa đầu việc {n} vào WIP";
        MakeWipItem => "To WIP", "Đưa vào WIP";
        InWipAs => "In WIP: {status}", "Trong WIP: {status}";
        WipItemMade => "“{job}” is now in the WIP.", "Đã đưa “{job}” vào WIP.";
        NeedsWords => "Write the action first.", "Hãy ghi nội dung đầu việc trước.";
        AgencySide => "Agency", "Agency";
        ClientSide => "Client", "Khách hàng";
        Unassigned => "Not assigned", "Chưa giao";
        NextMeeting => "Next meeting", "Buổi họp tới";
        IssuedOn => "Issued on", "Ngày gửi";
        MarkSent => "Mark as sent", "Đánh dấu đã gửi";
        MarkAcknowledged => "Mark as acknowledged", "Khách đã xác nhận";
        BackToDraft => "Back to draft", "Trở lại bản nháp";
        CopyAsText => "Copy as text", "Sao chép dạng văn bản";
        CopiedReport => "Copied: paste it into an e-mail to the client.", "Đã sao chép: dán vào email gửi khách hàng.";
        CopyFailed => "Could not copy: {reason}.", "Không sao chép được: {reason}.";
        ContactReportOf => "Contact report — {client}", "Contact report — {client}";
        TimelyOnTime => "Issued within 48 hours", "Đã gửi trong 48 giờ";
        TimelyLate => "Issued late", "Gửi trễ hạn 48 giờ";
        TimelyDue => "Send within 48 hours", "Cần gửi trong 48 giờ";
        TimelyOverdue => "Not sent after 48 hours", "Chưa gửi dù đã quá 48 giờ";
        ReportInTrash => "This contact report is in the trash.", "Contact report này đang ở trong thùng rác.";
        ReportNotFound => "This contact report does not exist, or no longer does.", "Contact report này không tồn tại hoặc đã bị xóa.";
        ReportTrashed => "The contact report of {date} is in the trash.", "Contact report ngày {date} đã được chuyển vào thùng rác.";
        DueWord => "due", "hạn";
        DoneWord => "done", "xong";
        OpenActions => "{open} open of {total}", "{open}/{total} chưa xong";
        MeetingInfo => "The meeting", "Buổi họp";
        ClientBriefs => "Briefs", "Brief";
        ClientOpenWip => "Open WIP", "WIP đang mở";
        ClientContactReports => "Contact reports", "Contact report";
        NoneYet => "None yet.", "Chưa có.";
        LogBrief => "Log a brief", "Ghi nhận brief";
        WriteContactReport => "Write a contact report", "Viết contact report";
        AddWipItem => "Add a WIP item", "Thêm việc WIP";

        // === Dashboard (issue 8) ===
        DashThisMonth => "This month", "Tháng này";
        DashLastMonth => "Last month", "Tháng trước";
        DashThisQuarter => "This quarter", "Quý này";
        DashThisYear => "This year", "Năm nay";
        DashCustom => "Custom", "Tùy chọn";
        DashFrom => "From", "Từ ngày";
        DashTo => "To", "Đến ngày";
        DashComparedWith => "{period}, compared with {previous}", "{period}, so với {previous}";
        DashEmptyTitle => "The numbers account people are judged by", "Những con số đánh giá công việc của Account";
        DashEmptyBody => "Average response time, NPS, retention, clients per account person, sales and the upsell/cross-sell rate — computed from the clients, requests, NPS responses and deals you log, and compared with the previous period. Add your first client to begin.", "Thời gian phản hồi trung bình, NPS, tỷ lệ giữ chân khách hàng, số khách hàng trên mỗi Account, doanh số và tỷ lệ upsell/cross-sell — tính từ khách hàng, yêu cầu, phản hồi NPS và deal bạn ghi nhận, và so với kỳ trước. Hãy thêm khách hàng đầu tiên để bắt đầu.";
        DashKpiResponseTime => "Average response time", "Thời gian phản hồi trung bình";
        DashKpiNps => "NPS", "NPS";
        DashKpiRetention => "Retention rate", "Tỷ lệ giữ chân khách hàng";
        DashKpiClientsPerPerson => "Clients per account person", "Số khách hàng trên mỗi Account";
        DashKpiSales => "Sales", "Doanh số";
        DashKpiUpsell => "Upsell/cross-sell rate", "Tỷ lệ upsell/cross-sell";
        DashPrevious => "Previous period: {value}", "Kỳ trước: {value}";
        DashBetter => "better", "tốt hơn";
        DashWorse => "worse", "kém hơn";
        DashNoChange => "no change", "không đổi";
        DashHigher => "higher", "cao hơn";
        DashLower => "lower", "thấp hơn";
        DashPoints => "{n} pts", "{n} điểm %";
        DashReplied => "{n} replied", "{n} đã phản hồi";
        DashUnanswered => "{n} unanswered", "{n} chưa phản hồi";
        DashResponses => "{n} responses", "{n} phản hồi";
        DashOneResponse => "1 response", "1 phản hồi";
        DashKnowledge => "knowledge {mean}", "kiến thức tư vấn {mean}";
        DashCare => "care {mean}", "thái độ chăm sóc {mean}";
        DashStartActive => "S: clients active on the first day", "S: khách hàng đang hoạt động vào ngày đầu kỳ";
        DashEndActive => "E: clients active on the last day", "E: khách hàng đang hoạt động vào ngày cuối kỳ";
        DashNewActive => "N: clients won during the period and still active", "N: khách hàng mới trong kỳ và vẫn đang hoạt động";
        DashClientsAndPeople => "Active clients {clients} · account people {people}", "Khách hàng đang hoạt động {clients} · Account {people}";
        DashWonDeals => "{n} won deals", "{n} deal đã chốt";
        DashOneWonDeal => "1 won deal", "1 deal đã chốt";
        DashOriginals => "Originals: {list}", "Theo tiền tệ gốc: {list}";
        DashUpsellOf => "{n} of {won} won deals", "{n} / {won} deal đã chốt";
        DashRevenueShare => "{share} % of sales", "{share} % doanh số";
        DashMissingRate => "No exchange rate from {from} to {to}, so sales cannot be added up.", "Chưa có tỷ giá từ {from} sang {to} nên chưa cộng được doanh số.";
        DashAddRate => "Add it in Data → Currencies", "Thêm tỷ giá ở Dữ liệu → Tiền tệ";
        DashNoRate => "No {from} rate", "Thiếu tỷ giá {from}";
        DashChartData => "Chart data", "Số liệu biểu đồ";
        DashNpsTitle => "NPS distribution", "Phân bố điểm NPS";
        DashNpsAlt => "Bar chart of NPS responses by score from 0 to 10: {summary}.", "Biểu đồ cột số phản hồi NPS theo điểm từ 0 đến 10: {summary}.";
        DashScoreCount => "score {score}: {n}", "điểm {score}: {n}";
        DashDetractors => "Detractors", "Phản đối";
        DashPassives => "Passives", "Trung lập";
        DashPromoters => "Promoters", "Ủng hộ";
        DashNoResponses => "No NPS responses in this period.", "Không có phản hồi NPS nào trong kỳ này.";
        DashScore => "Score", "Điểm";
        DashGroup => "Group", "Nhóm";
        DashResponsesColumn => "Responses", "Số phản hồi";
        DashSalesTitle => "Monthly sales, 12 months", "Doanh số theo tháng, 12 tháng";
        DashSalesAlt => "Bar chart of won sales per month from {start} to {end}: {total} in all, of which upsell and cross-sell {expansion}; the best month {month} with {best}.", "Biểu đồ cột doanh số đã chốt theo tháng từ {start} đến {end}: tổng {total}, trong đó upsell và cross-sell {expansion}; tháng cao nhất {month} với {best}.";
        DashOtherSales => "New business and renewals", "Khách hàng mới và gia hạn";
        DashExpansionSales => "Upsell and cross-sell", "Upsell và cross-sell";
        DashTwelveMonths => "12-month total", "Tổng 12 tháng";
        DashExpansionShare => "Upsell/cross-sell share", "Tỷ trọng upsell/cross-sell";
        DashMonthlyAverage => "Monthly average", "Trung bình mỗi tháng";
        DashAmountsIn => "Amounts in {currency}, at your exchange rate on the day each deal closed.", "Số tiền tính bằng {currency}, theo tỷ giá của bạn vào ngày chốt từng deal.";
        DashMonth => "Month", "Tháng";
        DashThousands => "{n}K", "{n} nghìn";
        DashMillions => "{n}M", "{n} triệu";
        DashBillions => "{n}B", "{n} tỷ";
        DashResponseTitle => "Response time by month", "Thời gian phản hồi theo tháng";
        DashResponseAlt => "Line chart of the average response time per month from {start} to {end}: {summary}.", "Biểu đồ đường thời gian phản hồi trung bình theo tháng từ {start} đến {end}: {summary}.";
        DashNoReplies => "No replied requests in these 12 months.", "Không có yêu cầu nào được phản hồi trong 12 tháng này.";
        DashPeopleTitle => "By account person", "Theo từng Account";
        DashPerson => "Account person", "Account";
        DashActiveClients => "Active clients", "Khách hàng đang hoạt động";
        DashAllPeople => "All account people", "Tất cả Account";
        DashNoOwners => "No team member owns a client yet: choose the account owner on each client's page.", "Chưa có thành viên nào phụ trách khách hàng: hãy chọn Account phụ trách trên trang của từng khách hàng.";
        DashBudgetsOnTrack => "Every budget is on track.", "Mọi ngân sách đều đúng kế hoạch.";
        DashOpenWip => "Open the WIP", "Mở WIP";
        DashNoSales => "No won deals in these 12 months.", "Chưa có deal nào được chốt trong 12 tháng này.";

        // === Client 360 (issue 8) ===
        ChannelMeeting => "Meeting", "Gặp mặt";
        ChannelChat => "Chat", "Nhắn tin";
        DealNewBusiness => "New business", "Khách hàng mới";
        DealRenewal => "Renewal", "Gia hạn hợp đồng";
        DealUpsell => "Upsell", "Upsell";
        DealCrossSell => "Cross-sell", "Cross-sell";
        DealStageProposal => "Proposal", "Proposal";
        DealStageNegotiation => "Negotiation", "Đàm phán";
        DealStageWon => "Won", "Đã chốt";
        DealStageLost => "Lost", "Không thành";
        NpsPromoter => "Promoter", "Ủng hộ";
        NpsPassive => "Passive", "Trung lập";
        NpsDetractor => "Detractor", "Không hài lòng";
        DurationUnderMinute => "under a minute", "chưa đến 1 phút";
        DurationMinutes => "{m} min", "{m} phút";
        DurationHours => "{h} h", "{h} giờ";
        DurationHoursMinutes => "{h} h {m} min", "{h} giờ {m} phút";
        DurationDays => "{d} d", "{d} ngày";
        DurationDaysHours => "{d} d {h} h", "{d} ngày {h} giờ";
        RequestsTitle => "Client requests", "Yêu cầu của khách hàng";
        RequestChannel => "Channel", "Kênh";
        RequestSummary => "Request", "Yêu cầu";
        RequestSummaryPlaceholder => "What they asked for", "Khách hàng cần gì";
        LogRequest => "Log request", "Ghi nhận yêu cầu";
        MarkReplied => "Mark replied", "Đánh dấu đã phản hồi";
        MarkRepliedHint => "Closes the oldest open request, replied now", "Đóng yêu cầu chờ lâu nhất, phản hồi lúc này";
        MarkOneReplied => "Mark “{summary}” replied", "Đánh dấu đã phản hồi “{summary}”";
        RepliedButton => "Replied", "Đã phản hồi";
        RequestWaiting => "waiting {time}", "đã chờ {time}";
        RequestRepliedIn => "replied in {time}", "phản hồi sau {time}";
        RequestsOpen => "Waiting for a reply ({n})", "Đang chờ phản hồi ({n})";
        RequestsAnswered => "Answered recently", "Đã phản hồi gần đây";
        RequestsNoneOpen => "Nothing is waiting: every request has its reply.", "Không có yêu cầu nào đang chờ: mọi yêu cầu đều đã được phản hồi.";
        RequestsEmpty => "Log each request as it comes in — email, phone, meeting or chat — and mark it replied when you answer. The average response time is measured from these.", "Ghi nhận mỗi yêu cầu ngay khi khách hàng gửi — qua email, điện thoại, gặp mặt hay nhắn tin — và đánh dấu đã phản hồi khi bạn trả lời. Thời gian phản hồi trung bình được tính từ đây.";
        RequestsAverage => "Average response, 90 days", "Phản hồi trung bình 90 ngày";
        RequestsAverageOf => "{n} answered", "{n} yêu cầu đã phản hồi";
        RequestsNoAverage => "No replies in 90 days", "Chưa có phản hồi trong 90 ngày";
        RequestNoSummary => "Request with no note", "Yêu cầu chưa ghi nội dung";
        RequestReceivedAt => "Received at", "Nhận lúc";
        RequestRepliedAt => "Replied at", "Phản hồi lúc";
        RequestRepliedAtHint => "Empty while the request waits for a reply", "Để trống khi yêu cầu còn chờ phản hồi";
        RequestReceivedOn => "Received {when}", "Nhận lúc {when}";
        EditRequest => "Edit request", "Sửa yêu cầu";
        RequestRepliedToast => "“{summary}” replied after {time}.", "Đã phản hồi “{summary}” sau {time}.";
        RequestTrashed => "Request “{name}” moved to the trash.", "Đã chuyển yêu cầu “{name}” vào thùng rác.";
        NpsResponsesTitle => "NPS responses", "Phản hồi NPS";
        AddNpsResponse => "Add NPS response", "Thêm phản hồi NPS";
        EditNpsResponse => "Edit NPS response", "Sửa phản hồi NPS";
        NpsRespondent => "Respondent", "Người trả lời";
        NpsScore => "Score", "Điểm";
        NpsScoreHint => "0 to 10: how likely the client is to recommend us", "0 đến 10: khả năng khách hàng giới thiệu agency cho người khác";
        NpsConsultingKnowledge => "Consulting knowledge", "Kiến thức tư vấn";
        NpsCareAttitude => "Care attitude", "Thái độ chăm sóc";
        NpsRatingHint => "1 (poor) to 5 (excellent)", "1 (kém) đến 5 (rất tốt)";
        NpsNotRated => "Not rated", "Chưa đánh giá";
        NpsComment => "Comment", "Nhận xét";
        NpsAnonymous => "Anonymous", "Ẩn danh";
        NpsEmpty => "No NPS responses yet. Add the client's answer to “How likely are you to recommend us?”, with their ratings of consulting knowledge and care attitude.", "Chưa có phản hồi NPS nào. Hãy thêm câu trả lời của khách hàng cho câu hỏi “Bạn có sẵn sàng giới thiệu chúng tôi không?”, cùng điểm đánh giá kiến thức tư vấn và thái độ chăm sóc.";
        NpsSummary => "NPS {score} · {n} responses in 12 months", "NPS {score} · {n} phản hồi trong 12 tháng";
        NpsScoreValue => "Score {n}", "Điểm {n}";
        NpsTrashed => "NPS response of {date} moved to the trash.", "Đã chuyển phản hồi NPS ngày {date} vào thùng rác.";
        DealsTitle => "Deals", "Deal";
        NewDeal => "New deal", "Thêm deal";
        EditDeal => "Edit deal", "Sửa deal";
        DealTitle => "Title", "Tên deal";
        DealKindField => "Kind", "Loại deal";
        DealValue => "Value", "Giá trị";
        DealStageField => "Stage", "Giai đoạn";
        DealExpectedClose => "Expected close", "Dự kiến chốt";
        DealClosedOn => "Closed on", "Ngày chốt";
        DealClosedOnHint => "Today when the stage becomes Won or Lost; change it for an earlier close", "Tự điền hôm nay khi chuyển sang Đã chốt hoặc Không thành; sửa lại nếu chốt từ trước";
        DealExpectedOn => "Expected close {date}", "Dự kiến chốt {date}";
        DealClosedOnDate => "Closed on {date}", "Chốt ngày {date}";
        DealsEmpty => "No deals yet. Follow new business, renewals, upsells and cross-sells from brief to won or lost.", "Chưa có deal nào. Theo dõi khách hàng mới, gia hạn hợp đồng, upsell và cross-sell từ lúc nhận brief đến khi chốt hoặc không thành.";
        DealTrashed => "Deal “{name}” moved to the trash.", "Đã chuyển deal “{name}” vào thùng rác.";
        TimelineTitle => "Timeline", "Dòng thời gian";
        TimelineShow => "Show", "Hiển thị";
        TimelineAll => "Everything", "Tất cả";
        TimelineRequests => "Requests", "Yêu cầu";
        TimelineNps => "NPS", "NPS";
        TimelineReviews => "Reviews", "Review đối thủ";
        TimelineEmpty => "Nothing yet. Requests, deals, NPS responses, briefs, budgets, reviews, contact reports and WIP items of this client appear here in date order.", "Chưa có gì. Yêu cầu, deal, phản hồi NPS, brief, ngân sách, review đối thủ, contact report và việc WIP của khách hàng này sẽ hiện ở đây theo thứ tự ngày.";
        TimelineNoneOfKind => "Nothing of this kind yet.", "Chưa có mục nào thuộc loại này.";
        TimelineShowMore => "Show {n} more", "Xem thêm {n} mục";
        TimelineWaiting => "waiting for a reply", "đang chờ phản hồi";

        // === WIP (issue 7) ===
        WipViews => "WIP views", "Các chế độ xem WIP";
        WipViewTable => "Table", "Danh sách";
        WipViewBoard => "Board", "Bảng Kanban";
        WipViewWeekly => "Weekly report", "Báo cáo tuần";
        WipNewItem => "New WIP item", "Thêm việc vào WIP";
        WipEditItem => "Edit WIP item", "Sửa việc trong WIP";
        WipJob => "Job", "Công việc";
        WipNextStep => "Next step", "Bước tiếp theo";
        WipEstimatedDays => "Estimated days", "Số ngày ước tính";
        WipEstimatedDaysHint => "Working days the job should take, 1 to 365", "Số ngày làm việc dự kiến, từ 1 đến 365";
        WipAllDepartments => "All departments", "Mọi bộ phận";
        WipUnassigned => "Unassigned", "Chưa phân công";
        WipOpenItems => "Open items", "Việc đang mở";
        WipAllItems => "All, including done", "Tất cả, kể cả đã xong";
        WipDueFilter => "Due", "Thời hạn";
        WipAnyDue => "Any time", "Mọi thời hạn";
        WipOverdue => "Overdue", "Quá hạn";
        WipDueThisWeek => "Due this week", "Đến hạn tuần này";
        WipCount => "{n} of {total} items", "{n} / {total} việc";
        WipDoneHidden => "Done items are hidden ({n}). Choose “Done” or “All, including done” under Status to see them.", "Đang ẩn các việc đã hoàn thành ({n}). Chọn “Hoàn thành” hoặc “Tất cả, kể cả đã xong” ở mục Trạng thái để xem.";
        WipNoMatches => "No WIP item matches these filters.", "Không có việc nào khớp với bộ lọc này.";
        WipEmptyTitle => "Every job, its next step and who does it", "Mọi việc, bước tiếp theo và người làm";
        WipEmptyBody => "The WIP report follows each job across clients and departments — its status, the next step, who does it and when it is due — so nothing slips before the Monday meeting. Add the first job, or turn an action item of a contact report into one.", "Báo cáo WIP theo dõi từng việc của mọi khách hàng và bộ phận — trạng thái, bước tiếp theo, ai làm và deadline — để không sót việc nào trước buổi họp thứ Hai. Hãy thêm việc đầu tiên, hoặc chuyển một action item trong contact report thành việc.";
        WipAddClientFirst => "Add a client first: every WIP item belongs to one.", "Hãy thêm khách hàng trước: mỗi việc trong WIP thuộc về một khách hàng.";
        WipStatusOf => "Status of {job}", "Trạng thái của {job}";
        WipDaysLeft => "{n} days left", "Còn {n} ngày";
        WipOneDayLeft => "1 day left", "Còn 1 ngày";
        WipDaysOverdue => "{n} days overdue", "Quá hạn {n} ngày";
        WipOneDayOverdue => "1 day overdue", "Quá hạn 1 ngày";
        WipDueToday => "Due today", "Hạn chót hôm nay";
        WipDaysLeftColumn => "Days left", "Số ngày còn lại";
        WipMoveTo => "Move {job} to {status}", "Chuyển {job} sang {status}";
        WipMovedTo => "{job} moved to {status}", "Đã chuyển {job} sang {status}";
        WipBoardHint => "Drag a card to another column, or use the arrow buttons on the card.", "Kéo thẻ sang cột khác, hoặc dùng các nút mũi tên trên thẻ.";
        WipEmptyColumn => "Nothing here", "Chưa có việc nào";
        WipOlderDone => "{n} done earlier: see the table", "{n} việc xong trước đó: xem trong danh sách";
        WipWeeklyTitle => "Weekly WIP report", "Báo cáo WIP hằng tuần";
        WipChangedThisWeek => "Changed this week", "Thay đổi trong tuần";
        WipStillOpen => "Still open", "Vẫn đang mở";
        WipNewThisWeek => "New", "Mới";
        WipCopyAsText => "Copy as text", "Sao chép dạng văn bản";
        WipCopied => "Copied. Paste it into your e-mail.", "Đã sao chép. Hãy dán vào e-mail của bạn.";
        WipCopyFailed => "The browser did not let Account Desk copy. Select the report and copy it by hand.", "Trình duyệt không cho Account Desk sao chép. Hãy bôi đen báo cáo và sao chép thủ công.";
        WipNothingThisWeek => "Nothing to report this week", "Tuần này không có gì để báo cáo";
        WipNothingThisWeekBody => "No WIP item changed in these seven days, and none is still open.", "Không có việc nào thay đổi trong bảy ngày qua, và cũng không còn việc nào đang mở.";
        WipItemSaved => "WIP item “{name}” saved.", "Đã lưu việc “{name}”.";
        WipItemTrashed => "WIP item “{name}” moved to the trash.", "Đã chuyển việc “{name}” vào thùng rác.";
        WipItemNotFound => "This WIP item does not exist, or was deleted for good.", "Việc này không tồn tại hoặc đã bị xóa vĩnh viễn.";
        WipItemInTrash => "This WIP item is in the trash.", "Việc này đang ở trong thùng rác.";
        WipFromReport => "From contact report of {date}", "Từ contact report ngày {date}";
        WipFromBrief => "From brief {title}", "Từ brief {title}";
        WipHistory => "Status history", "Lịch sử trạng thái";
        WipNoHistory => "No status changes yet.", "Chưa đổi trạng thái lần nào.";
    }
}
