// Every string the UI shows, in Vietnamese (the default) and English.

const vi = {
  'app.name': 'Căn cứ',
  'app.tagline': 'Lược đồ căn cứ văn bản Đảng và Nhà nước',
  'app.language': 'Ngôn ngữ',
  'app.switchLanguage': 'English',

  'search.placeholder': 'Tìm văn bản theo số hiệu hoặc trích yếu (vd. 23-QĐ/TW)',
  'search.label': 'Tìm văn bản',
  'search.loading': 'Đang tìm…',
  'search.noResults': 'Không tìm thấy văn bản',
  'search.count': '{shown} / {total} văn bản',
  'search.untitled': '(không có trích yếu)',

  'state.serverUnreachable': 'Không kết nối được máy chủ',
  'state.serverError': 'Máy chủ báo lỗi: {message}',
  'state.documentNotFound': 'Không tìm thấy văn bản',
  'state.retry': 'Thử lại',

  'home.title': 'Chưa mở văn bản nào',
  'home.hint':
    'Gõ số hiệu (vd. 314-QĐ/HU) hoặc vài chữ trong trích yếu vào ô tìm kiếm, rồi chọn văn bản để xem nó căn cứ vào đâu và những văn bản nào được ban hành từ nó.',

  'lineage.loading': 'Đang tải lược đồ…',
  'lineage.expanding': 'Đang mở rộng…',
  'lineage.expandFailed': 'Không mở rộng được văn bản {label}',
  'lineage.empty': 'Văn bản này chưa có quan hệ nào trong cơ sở dữ liệu',
  'lineage.truncated': 'Lược đồ bị cắt bớt: quá nhiều văn bản. Hãy giảm độ sâu.',
  'lineage.stats': '{nodes} văn bản · {edges} quan hệ',
  'lineage.hint': 'Nhấn vào văn bản để xem chi tiết · nhấn đúp để mở rộng',
  'lineage.ariaLabel': 'Lược đồ căn cứ của văn bản',

  'toolbar.fit': 'Vừa màn hình',
  'toolbar.direction': 'Hướng',
  'toolbar.depth': 'Độ sâu',
  'toolbar.relayout': 'Sắp xếp lại',
  'direction.UP': 'Lên (căn cứ)',
  'direction.DOWN': 'Xuống (dẫn xuất)',
  'direction.BOTH': 'Cả hai',

  'legend.title': 'Chú giải',
  'legend.levels': 'Cấp ban hành',
  'legend.withText': 'Có toàn văn',
  'legend.citedOnly': 'Chỉ được dẫn chiếu',
  'legend.root': 'Văn bản đang mở',
  'legend.relations': 'Quan hệ',
  'legend.inferred': 'Suy luận (nét đứt)',

  'level.CENTRAL': 'Trung ương',
  'level.PROVINCE': 'Tỉnh',
  'level.DISTRICT': 'Huyện',
  'level.COMMUNE': 'Xã',
  'level.UNKNOWN': 'Chưa rõ cấp',

  'relation.BASED_ON': 'căn cứ',
  'relation.IMPLEMENTS': 'thực hiện',
  'relation.GUIDES': 'hướng dẫn',
  'relation.AMENDS': 'sửa đổi',
  'relation.SUPERSEDES': 'thay thế',
  'relation.REPEALS': 'bãi bỏ',
  'relation.CORRECTS': 'đính chính',
  'relation.CITES': 'dẫn chiếu',
  'relation.DERIVED_FROM': 'suy luận',
  'relation.SAME_AS': 'có thể trùng',

  'role.LEAD': 'chủ trì',
  'role.SUPPORT': 'phối hợp',

  'panel.ariaLabel': 'Thông tin văn bản',
  'panel.loading': 'Đang tải văn bản…',
  'panel.close': 'Đóng',
  'panel.noNumber': '(không số)',
  'panel.number': 'Số',
  'panel.kind': 'Loại',
  'panel.issuedOn': 'Ngày ban hành',
  'panel.level': 'Cấp',
  'panel.place': 'Nơi ban hành',
  'panel.locality': 'Địa bàn',
  'panel.issues': 'Vấn đề dữ liệu',
  'panel.issuesHint': 'Những chỗ văn bản ghi sai, thiếu hoặc mâu thuẫn; hệ thống không tự sửa.',
  'panel.issuers': 'Cơ quan ban hành',
  'panel.status': 'Trạng thái',
  'panel.text': 'Văn bản',
  'panel.hasText': 'Có toàn văn',
  'panel.citedOnly': 'Chỉ được dẫn chiếu',
  'panel.unknown': 'Chưa rõ',
  'panel.bases': 'Căn cứ',
  'panel.basisFor': 'Được căn cứ bởi',
  'panel.implements': 'Thực hiện',
  'panel.implementedBy': 'Được thực hiện bởi',
  'panel.otherRelations': 'Quan hệ khác',
  'panel.inferred': 'suy luận',
  'panel.evidence': 'Bằng chứng: {evidence}',
  'panel.articles': 'Điều khoản',
  'panel.article': 'Điều {number}.',
  'panel.duties': 'Nhiệm vụ',
  'panel.collaborators': 'Phối hợp: {names}',
  'panel.frequency': 'Định kỳ: {value}',
  'panel.deadline': 'Thời hạn: {value}',
  'panel.none': 'Không có',
  'panel.openDocument': 'Mở văn bản này',
} as const;

export type MessageKey = keyof typeof vi;
export type Dictionary = Record<MessageKey, string>;

const en: Dictionary = {
  'app.name': 'Căn cứ',
  'app.tagline': 'Legal-basis graph of Party and State documents',
  'app.language': 'Language',
  'app.switchLanguage': 'Tiếng Việt',

  'search.placeholder': 'Search documents by number or title (e.g. 23-QĐ/TW)',
  'search.label': 'Search documents',
  'search.loading': 'Searching…',
  'search.noResults': 'No documents found',
  'search.count': '{shown} of {total} documents',
  'search.untitled': '(no title)',

  'state.serverUnreachable': 'Cannot reach the server',
  'state.serverError': 'Server error: {message}',
  'state.documentNotFound': 'Document not found',
  'state.retry': 'Retry',

  'home.title': 'No document open',
  'home.hint':
    'Type a number (e.g. 314-QĐ/HU) or a few words of a title into the search box, then pick a document to see what it is based on and what was derived from it.',

  'lineage.loading': 'Loading lineage…',
  'lineage.expanding': 'Expanding…',
  'lineage.expandFailed': 'Could not expand {label}',
  'lineage.empty': 'This document has no relations in the database yet',
  'lineage.truncated': 'Graph truncated: too many documents. Reduce the depth.',
  'lineage.stats': '{nodes} documents · {edges} relations',
  'lineage.hint': 'Click a document for details · double-click to expand',
  'lineage.ariaLabel': 'Lineage graph of the document',

  'toolbar.fit': 'Fit to screen',
  'toolbar.direction': 'Direction',
  'toolbar.depth': 'Depth',
  'toolbar.relayout': 'Re-layout',
  'direction.UP': 'Up (bases)',
  'direction.DOWN': 'Down (derived)',
  'direction.BOTH': 'Both',

  'legend.title': 'Legend',
  'legend.levels': 'Issuing level',
  'legend.withText': 'Full text available',
  'legend.citedOnly': 'Known only from citations',
  'legend.root': 'Open document',
  'legend.relations': 'Relations',
  'legend.inferred': 'Inferred (dashed)',

  'level.CENTRAL': 'Central',
  'level.PROVINCE': 'Province',
  'level.DISTRICT': 'District',
  'level.COMMUNE': 'Commune',
  'level.UNKNOWN': 'Unknown level',

  'relation.BASED_ON': 'based on',
  'relation.IMPLEMENTS': 'implements',
  'relation.GUIDES': 'guides',
  'relation.AMENDS': 'amends',
  'relation.SUPERSEDES': 'supersedes',
  'relation.REPEALS': 'repeals',
  'relation.CORRECTS': 'corrects',
  'relation.CITES': 'cites',
  'relation.DERIVED_FROM': 'inferred',
  'relation.SAME_AS': 'possibly the same',

  'role.LEAD': 'lead',
  'role.SUPPORT': 'support',

  'panel.ariaLabel': 'Document details',
  'panel.loading': 'Loading document…',
  'panel.close': 'Close',
  'panel.noNumber': '(no number)',
  'panel.number': 'Number',
  'panel.kind': 'Kind',
  'panel.issuedOn': 'Issued on',
  'panel.level': 'Level',
  'panel.place': 'Place',
  'panel.locality': 'Locality',
  'panel.issues': 'Data issues',
  'panel.issuesHint': 'Where the text is wrong, incomplete or contradictory; nothing is fixed silently.',
  'panel.issuers': 'Issued by',
  'panel.status': 'Status',
  'panel.text': 'Text',
  'panel.hasText': 'Full text available',
  'panel.citedOnly': 'Known only from citations',
  'panel.unknown': 'Unknown',
  'panel.bases': 'Based on',
  'panel.basisFor': 'Basis for',
  'panel.implements': 'Implements',
  'panel.implementedBy': 'Implemented by',
  'panel.otherRelations': 'Other relations',
  'panel.inferred': 'inferred',
  'panel.evidence': 'Evidence: {evidence}',
  'panel.articles': 'Articles',
  'panel.article': 'Article {number}.',
  'panel.duties': 'Duties',
  'panel.collaborators': 'With: {names}',
  'panel.frequency': 'Frequency: {value}',
  'panel.deadline': 'Deadline: {value}',
  'panel.none': 'None',
  'panel.openDocument': 'Open this document',
};

export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];

const dictionaries: Record<Language, Dictionary> = { vi, en };

export type MessageParams = Record<string, string | number>;

/** Looks a message up and fills its `{name}` placeholders; unknown placeholders stay visible. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = dictionaries[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
