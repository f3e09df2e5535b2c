// The wording of duties and provisions, several phrasings per idea. Actions start with a verb and
// name no deadline, frequency or report target of their own: the clause writer adds those, so the
// reading of every clause is known.

export type Role = 'party' | 'committee' | 'state' | 'council' | 'inspect' | 'front' | 'union' | 'security' | 'office';

export interface Action {
  text: string;
  roles: Role[];
}

const a = (text: string, ...roles: Role[]): Action => ({ text, roles });

export const ACTIONS: Action[] = [
  a('lãnh đạo, chỉ đạo việc quán triệt, cụ thể hóa và tổ chức thực hiện các chủ trương của Đảng về công tác dân vận trong hệ thống chính trị', 'party', 'committee'),
  a('lãnh đạo, chỉ đạo kiểm tra, giám sát, sơ kết, tổng kết việc thực hiện các nghị quyết, chỉ thị, quy định, kết luận của Đảng về công tác dân vận', 'party', 'committee'),
  a('phân công một đồng chí cấp ủy viên trực tiếp phụ trách công tác dân vận và chỉ đạo xây dựng, thực hiện quy chế dân chủ ở cơ sở', 'party', 'committee', 'state'),
  a('làm việc với Mặt trận Tổ quốc, các tổ chức chính trị - xã hội về tình hình Nhân dân và công tác dân vận', 'party', 'committee', 'state'),
  a('tham mưu cụ thể hóa các chủ trương, nghị quyết của cấp trên về công tác dân vận phù hợp với tình hình thực tế của địa phương', 'party', 'committee', 'office'),
  a('thẩm định đề án, dự thảo văn bản liên quan đến công tác dân vận của các cơ quan, tổ chức trước khi trình cấp ủy xem xét, quyết định', 'party', 'committee'),
  a('tham gia thẩm định đề án thuộc các lĩnh vực kinh tế, văn hóa, xã hội, quốc phòng, an ninh có liên quan đến công tác dân vận', 'party', 'committee', 'office'),
  a('theo dõi, tổng hợp tình hình Nhân dân, tình hình tôn giáo, dân tộc và những vấn đề bức xúc phát sinh ở cơ sở để kịp thời tham mưu xử lý', 'party', 'office', 'front'),
  a('hướng dẫn, bồi dưỡng chuyên môn, nghiệp vụ, cập nhật kiến thức về công tác dân vận cho đội ngũ cán bộ làm công tác dân vận', 'party', 'office'),
  a('kiện toàn tổ chức bộ máy, xây dựng đội ngũ cán bộ làm công tác dân vận có đủ phẩm chất, năng lực, uy tín', 'party', 'committee'),
  a('kiểm tra, giám sát việc thực hiện công tác dân vận của các tổ chức đảng và đảng viên, kịp thời chấn chỉnh những hạn chế, thiếu sót', 'party', 'inspect'),
  a('chỉ đạo thực hiện có hiệu quả phong trào thi đua “Dân vận khéo” gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 'party', 'committee', 'state', 'front'),
  a('tổ chức tiếp công dân, đối thoại trực tiếp với Nhân dân, lắng nghe và giải quyết kịp thời những kiến nghị chính đáng của Nhân dân', 'state', 'committee', 'council'),
  a('thực hiện nghiêm việc tiếp công dân của người đứng đầu, giải quyết kịp thời, đúng pháp luật các vụ việc khiếu nại, tố cáo ngay từ cơ sở', 'state', 'inspect'),
  a('giải quyết dứt điểm các vụ việc khiếu nại, tố cáo đông người, phức tạp, kéo dài, không để phát sinh điểm nóng về an ninh, trật tự', 'state', 'inspect', 'security'),
  a('thanh tra, kiểm tra trách nhiệm của người đứng đầu trong công tác tiếp công dân, giải quyết khiếu nại, tố cáo', 'inspect', 'state'),
  a('tuyên truyền, phổ biến, giáo dục pháp luật về tiếp công dân, khiếu nại, tố cáo cho cán bộ và Nhân dân', 'inspect', 'state', 'front', 'union'),
  a('cụ thể hóa chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước liên quan đến công tác dân vận thành chương trình, kế hoạch để tổ chức thực hiện', 'state', 'council'),
  a('đẩy mạnh cải cách hành chính, trọng tâm là cải cách thủ tục hành chính, công khai, minh bạch các thủ tục để người dân và doanh nghiệp biết, thực hiện', 'state', 'office'),
  a('thực hiện tốt quy chế dân chủ ở cơ sở, bảo đảm công khai, minh bạch và trách nhiệm giải trình trong hoạt động công vụ', 'state', 'office', 'security'),
  a('nâng cao đạo đức công vụ, tinh thần trách nhiệm, ý thức phục vụ Nhân dân của đội ngũ cán bộ, công chức, viên chức', 'state', 'office'),
  a('lấy ý kiến của Nhân dân đối với các chủ trương, chính sách, dự án có liên quan trực tiếp đến đời sống của Nhân dân', 'state', 'council'),
  a('bố trí kinh phí bảo đảm cho hoạt động của công tác dân vận và thực hiện quy chế dân chủ ở cơ sở', 'state'),
  a('công khai các khoản thu, chi, các chương trình, dự án đầu tư trên địa bàn để Nhân dân biết, bàn và giám sát', 'state', 'office'),
  a('giám sát việc giải quyết kiến nghị của cử tri và việc thực hiện chính sách, pháp luật đối với những vấn đề Nhân dân quan tâm', 'council'),
  a('tiếp xúc cử tri, tổng hợp ý kiến, kiến nghị của cử tri và Nhân dân để xem xét, giải quyết theo thẩm quyền', 'council'),
  a('tổ chức lấy phiếu tín nhiệm đối với người giữ chức vụ do Hội đồng nhân dân bầu theo quy định', 'council'),
  a('tập hợp, xây dựng khối đại đoàn kết toàn dân tộc, phát huy quyền làm chủ của Nhân dân, tăng cường đồng thuận xã hội', 'front'),
  a('thực hiện giám sát và phản biện xã hội, tham gia góp ý xây dựng Đảng, xây dựng chính quyền trong sạch, vững mạnh', 'front', 'union'),
  a('đại diện, bảo vệ quyền và lợi ích hợp pháp, chính đáng của đoàn viên, hội viên và Nhân dân', 'front', 'union'),
  a('vận động Nhân dân tham gia các cuộc vận động, phong trào thi đua yêu nước, xây dựng nông thôn mới, đô thị văn minh', 'front', 'union', 'state'),
  a('tập hợp ý kiến, kiến nghị của cử tri và Nhân dân để phản ánh, kiến nghị với cấp ủy, chính quyền', 'front', 'union'),
  a('tham gia tiếp công dân, hòa giải ở cơ sở, giải quyết các mâu thuẫn, tranh chấp trong Nhân dân', 'front', 'union', 'security'),
  a('phát triển đoàn viên, hội viên, nâng cao chất lượng sinh hoạt chi đoàn, chi hội', 'union'),
  a('rà soát, cập nhật số liệu đoàn viên, hội viên, đánh giá chất lượng tổ chức cơ sở hội', 'union', 'front'),
  a('tuyên truyền, vận động đoàn viên, hội viên chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước', 'union', 'front'),
  a('nắm tình hình tư tưởng, tâm trạng, nguyện vọng của đoàn viên, hội viên và Nhân dân để kịp thời phản ánh với cấp ủy', 'union', 'front', 'party'),
  a('xây dựng và nhân rộng các mô hình, điển hình “Dân vận khéo” trong đoàn viên, hội viên', 'union', 'front'),
  a('tham gia xây dựng thế trận quốc phòng toàn dân gắn với thế trận an ninh nhân dân, thế trận lòng dân vững chắc', 'security'),
  a('nắm chắc tình hình an ninh, trật tự trên địa bàn, chủ động phòng ngừa, xử lý các tình huống phức tạp ngay từ cơ sở', 'security'),
  a('tuyên truyền, vận động Nhân dân tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc', 'security', 'front'),
  a('tham gia phòng, chống, khắc phục hậu quả thiên tai, dịch bệnh, giúp Nhân dân ổn định đời sống', 'security', 'union'),
  a('tham mưu tổ chức hội nghị giao ban khối dân vận, chuẩn bị nội dung làm việc về tình hình Nhân dân', 'office', 'party'),
  a('theo dõi, đôn đốc các cơ quan, đơn vị thực hiện nội dung Quy chế, tổng hợp kết quả thực hiện', 'office', 'party', 'state'),
  a('lưu trữ, quản lý văn bản, tài liệu về công tác dân vận theo đúng quy định của Đảng và Nhà nước', 'office'),
  a('tham mưu đánh giá, xếp loại công tác dân vận của chính quyền cơ sở theo bộ tiêu chí đã ban hành', 'state', 'office'),
];

/** Actions that take the bodies working with the bearer: "… phối hợp với <B> <action>". */
export const JOINT_ACTIONS: string[] = [
  'tổ chức quán triệt, triển khai thực hiện Quy chế này đến cán bộ, đảng viên và Nhân dân',
  'tổ chức tiếp công dân, đối thoại với Nhân dân về những vấn đề bức xúc, nổi cộm ở địa phương',
  'giải quyết các vụ việc khiếu nại, tố cáo, kiến nghị, phản ánh của công dân theo thẩm quyền',
  'hướng dẫn, kiểm tra việc thực hiện quy chế dân chủ ở cơ sở',
  'tuyên truyền, vận động Nhân dân thực hiện tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước',
  'tổng hợp ý kiến, kiến nghị của cử tri và Nhân dân để phản ánh với cấp ủy, chính quyền',
  'theo dõi, tổng hợp số liệu đoàn viên, hội viên của các tổ chức chính trị - xã hội',
  'kiểm tra, giám sát việc thực hiện công tác dân vận của các cơ quan, đơn vị',
  'tham mưu tổ chức sơ kết, tổng kết việc thực hiện Quy chế',
  'thẩm định đề án, dự án có liên quan đến công tác dân vận trước khi trình cấp có thẩm quyền',
  'xây dựng kế hoạch phối hợp thực hiện công tác dân vận trên địa bàn',
  'nắm tình hình Nhân dân, kịp thời tham mưu giải quyết các vấn đề phát sinh ở cơ sở',
];

export const FREQUENCIES = [
  'định kỳ hằng tháng',
  'định kỳ hằng quý',
  'định kỳ 6 tháng',
  'định kỳ 6 tháng, hằng năm',
  'định kỳ hằng năm',
  'hằng quý',
  'hằng năm',
];

/** Deadlines as the texts write them; `{y}` is the year the plan is for. */
export const DEADLINES = [
  'trước ngày 15/11 hằng năm',
  'chậm nhất là ngày 30/11 hằng năm',
  'trước ngày 15/6 và ngày 15/12',
  'trong quý II năm {y}',
  'xong trước ngày 01 tháng 5 năm {y}',
  'trước ngày 20/12',
];

export const DEADLINE_READING: Record<string, string> = {
  'trước ngày 15/11 hằng năm': 'trước ngày 15/11',
  'chậm nhất là ngày 30/11 hằng năm': 'chậm nhất là ngày 30/11',
  'trước ngày 15/6 và ngày 15/12': 'trước ngày 15/6',
  'trước ngày 20/12': 'trước ngày 20/12',
};

/** Reports the bodies send up: what they send, when, to whom. */
export const REPORT_OBJECTS = [
  'kết quả thực hiện',
  'kết quả thực hiện công tác dân vận',
  'số liệu đoàn viên, hội viên có so sánh tăng, giảm',
  'tình hình Nhân dân và kết quả giải quyết khiếu nại, tố cáo',
  'kết quả tiếp công dân, đối thoại với Nhân dân',
];

/** Provisions that assign nobody: purposes, principles, methods. */
export const PURPOSES = [
  'Nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền, Mặt trận Tổ quốc, các đoàn thể và cán bộ, đảng viên về vị trí, vai trò của công tác dân vận trong tình hình mới.',
  'Tăng cường mối quan hệ mật thiết giữa Đảng, chính quyền với Nhân dân, củng cố niềm tin của Nhân dân đối với sự lãnh đạo của Đảng.',
  'Phát huy quyền làm chủ của Nhân dân, thực hiện tốt phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”.',
  'Bảo đảm sự thống nhất, đồng bộ trong lãnh đạo, chỉ đạo và tổ chức thực hiện công tác dân vận của hệ thống chính trị.',
  'Xây dựng khối đại đoàn kết toàn dân tộc, tạo đồng thuận xã hội, góp phần thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh.',
  'Kịp thời nắm bắt tâm tư, nguyện vọng chính đáng của Nhân dân, giải quyết tốt những vấn đề bức xúc ngay từ cơ sở.',
];

export const PRINCIPLES = [
  'Việc phối hợp phải căn cứ vào Điều lệ Đảng, các nghị quyết, chỉ thị, quy định của Đảng, chính sách, pháp luật của Nhà nước.',
  'Việc phối hợp được thực hiện trên cơ sở chức năng, nhiệm vụ, quyền hạn của mỗi bên, bảo đảm dân chủ, công khai, bình đẳng, tôn trọng lẫn nhau.',
  'Bảo đảm sự lãnh đạo của cấp ủy, sự quản lý, điều hành của chính quyền và vai trò nòng cốt của Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội.',
  'Những vấn đề phát sinh được trao đổi, thống nhất trước khi tổ chức thực hiện; văn bản, tài liệu được quản lý, sử dụng theo đúng quy định.',
  'Công tác dân vận là trách nhiệm của cả hệ thống chính trị, của cán bộ, đảng viên, công chức, viên chức và đoàn viên, hội viên.',
];

export const METHODS = [
  'Thông qua ký kết, hai bên tổ chức quán triệt và ban hành các văn bản hướng dẫn triển khai thực hiện các nội dung của Quy chế.',
  'Trao đổi trực tiếp hoặc cung cấp thông tin bằng văn bản về những vấn đề có liên quan đến công tác dân vận và quy chế dân chủ ở cơ sở.',
  'Thông qua kiểm tra, giám sát để nắm tình hình, tham mưu xử lý kịp thời các vụ việc phức tạp, các vấn đề bức xúc của Nhân dân.',
  'Tổ chức giao ban định kỳ, sơ kết, tổng kết đánh giá, rút kinh nghiệm việc thực hiện Quy chế.',
  'Quán triệt, tuyên truyền, vận động cán bộ, đảng viên và Nhân dân thực hiện chủ trương, đường lối của Đảng bằng các hình thức thiết thực, sáng tạo.',
  'Thể chế hóa, cụ thể hóa chủ trương của Đảng về công tác dân vận gắn với chức năng, nhiệm vụ của từng cơ quan, đơn vị.',
  'Xây dựng, kiện toàn tổ chức bộ máy, cán bộ làm công tác dân vận; quy hoạch, đào tạo, bồi dưỡng cán bộ đáp ứng yêu cầu nhiệm vụ trong tình hình mới.',
];

/** Contents of a plan's "II. NỘI DUNG" items. */
export const PLAN_CONTENTS = [
  'Phối hợp thực hiện tốt các chủ trương, chính sách của Đảng, Nhà nước liên quan đến công tác dân vận và quy chế dân chủ ở cơ sở.',
  'Quan tâm công tác tuyên truyền, vận động Nhân dân thực hiện tốt đường lối, chủ trương của Đảng, gắn với đẩy mạnh phong trào thi đua “Dân vận khéo” trên các lĩnh vực.',
  'Tiếp tục đẩy mạnh cải cách hành chính, lấy người dân và doanh nghiệp làm trung tâm phục vụ; thực hiện tốt công tác tiếp công dân, đối thoại, giải quyết kịp thời đơn thư khiếu nại, tố cáo.',
  'Nâng cao chất lượng hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội, phát huy vai trò giám sát, phản biện xã hội.',
  'Xây dựng, nhân rộng các mô hình, điển hình “Dân vận khéo” gắn với thực hiện các chương trình mục tiêu quốc gia ở địa phương.',
];

/** What two bodies agree to do together (a coordination regulation's "Nội dung phối hợp"). */
export const COORDINATION_CONTENTS = [
  'Tham mưu {standing} cụ thể hóa đầy đủ, kịp thời các chủ trương, chính sách của cấp trên liên quan đến công tác dân vận thành chương trình, kế hoạch cụ thể để triển khai thực hiện.',
  'Tổ chức tuyên truyền, quán triệt nhằm nâng cao nhận thức cho cán bộ, công chức, viên chức về công tác dân vận và tư tưởng của Chủ tịch Hồ Chí Minh về công tác dân vận.',
  'Phối hợp chỉ đạo, hướng dẫn, đôn đốc thực hiện công tác dân vận gắn với phong trào thi đua “Dân vận khéo” và xây dựng điển hình thực hiện quy chế dân chủ ở cơ sở.',
  'Tổ chức tập huấn, bồi dưỡng kiến thức, nghiệp vụ công tác dân vận, quy chế dân chủ ở cơ sở cho cán bộ chủ chốt.',
  'Tổ chức kiểm tra, giám sát việc triển khai thực hiện công tác dân vận, quy chế dân chủ ở cơ sở.',
  'Trao đổi thông tin về tình hình Nhân dân, bàn giải pháp giải quyết các đơn khiếu nại, tố cáo đông người, kéo dài và các điểm nóng nhằm ổn định tình hình.',
  'Chỉ đạo sơ kết, tổng kết việc thực hiện các chủ trương của cấp trên liên quan đến công tác dân vận và phong trào thi đua “Dân vận khéo”.',
];
