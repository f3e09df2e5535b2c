import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.ts';
import { seedText } from './seed-fixtures.ts';

const relationsOf = (text: string) =>
  parseDocument(text, 'x.txt').relations.filter((r) => r.from === null).map((r) => [r.kind, r.to.number ?? r.to.name]);

describe('gazette text (Công báo)', () => {
  const PAGE_BREAK = 'Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\nNgày ký: 2026-04-23 10:42:36 +07:00\n\nCÔNG BÁO/Số 245/Ngày 23-04-2026\n3\n';

  it('mends a sentence that a signature stamp and a page header cut in two', () => {
    const text = `NGHỊ ĐỊNH\nVề thử nghiệm\n\nĐiều 1. Phạm vi\nNghị định này quy định về các cơ chế, chính sách theo quy định tại điểm\n${PAGE_BREAK}g và điểm h khoản 1 Điều 64.\nĐiều 2. Đối tượng`;
    const parsed = parseDocument(text, 'x.txt');
    expect(parsed.articles.map((a) => a.number)).toEqual([1, 2]);
    expect(parsed.articles[0]?.text).toContain('tại điểm g và điểm h khoản 1 Điều 64.');
    expect(parsed.blocks?.filter((b) => b.role === 'noise').map((b) => b.text)).toEqual([
      'Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Cơ quan: VĂN PHÒNG CHÍNH PHỦ',
      'Ngày ký: 2026-04-23 10:42:36 +07:00',
      'CÔNG BÁO/Số 245/Ngày 23-04-2026',
      '3',
    ]);
  });

  it('keeps a number in a table cell that stands away from any page header', () => {
    const parsed = parseDocument('KẾ HOẠCH\nThử nghiệm\n\nI. Chỉ tiêu\n347\nHạt cau', 'x.txt');
    expect(parsed.blocks?.find((b) => b.text.includes('347'))?.role).toBe('section');
  });

  it('reads the header the text layer printed after the first page body', () => {
    const text = `CÔNG BÁO/Số 245/Ngày 23-04-2026\n2\n\nNGHỊ ĐỊNH\nQuy định cơ chế ưu đãi\n\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nChính phủ ban hành Nghị định.\n\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định về cơ chế.\nCHÍNH PHỦ\n_________\n\nSố: 135/2026/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n______\nHà Nội, ngày 07 tháng 4 năm 2026\n${PAGE_BREAK}Điều 2. Đối tượng áp dụng\n1. Đơn vị điều độ.`;
    const parsed = parseDocument(text, 'x.txt');
    expect(parsed).toMatchObject({ number: '135/2026/NĐ-CP', issuedOn: '2026-04-07', issuers: ['Chính phủ'] });
    expect(parsed.articles.map((a) => a.number)).toEqual([1, 2]);
    expect(parsed.articles[0]?.text).not.toContain('CHÍNH PHỦ');
  });

  it('reads "Nghị quyết số:", numbers with a dot and numbers printed with a stray space', () => {
    expect(parseDocument('ỦY BAN THƯỜNG VỤ QUỐC HỘI\nNghị quyết số: 78/2025/UBTVQH15\nNGHỊ QUYẾT\nVề thử', 'x.txt').number).toBe('78/2025/UBTVQH15');
    expect(parseDocument('CHÍNH PHỦ\nSố: 66.16/2026/NQ-CP\nNGHỊ QUYẾT\nVề thử', 'x.txt').number).toBe('66.16/2026/NQ-CP');
    expect(parseDocument('BỘ TÀI CHÍNH\nSố:  372 /QĐ-BTC\nQUYẾT ĐỊNH\nVề thử', 'x.txt').number).toBe('372/QĐ-BTC');
  });

  it('gives a consolidated text its own number, date and kind from the authentication block', () => {
    const text = `CÔNG BÁO/Số 529 + 530/Ngày 27-4-2018\n34\nVĂN BẢN HỢP NHẤT - BỘ Y TẾ\n\nTHÔNG TƯ1\nBan hành Danh mục thuốc\n\nCăn cứ Luật dược;\n\nĐiều 1. Phạm vi\nNội dung.\nĐiều 2. Hiệu lực\nThông tư này có hiệu lực.\n\nBỘ Y TẾ\n\nSố: 04/VBHN-BYT\nXÁC THỰC VĂN BẢN HỢP NHẤT\n\nHà Nội, ngày 13 tháng 4 năm 2018\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n[daky]\nPhạm Lê Tuấn`;
    const parsed = parseDocument(text, 'x.txt');
    expect(parsed).toMatchObject({ number: '04/VBHN-BYT', kind: 'Văn bản hợp nhất', issuedOn: '2018-04-13', issuers: ['Bộ Y tế'] });
    expect(parsed.signers.map((s) => [s.name, s.position])).toEqual([['Phạm Lê Tuấn', 'Thứ trưởng']]);
  });

  it('skips articles a consolidated text leaves out when they were repealed', () => {
    const text = 'NGHỊ ĐỊNH\nThử\n\nĐiều 1. Phạm vi áp dụng\nNội dung.\nĐiều 2. Đối tượng áp dụng\nNội dung.\nChương II (được bãi bỏ)\nChương III\nCẤP GIẤY PHÉP\nĐiều 11. Hồ sơ đề nghị cấp giấy phép làm việc\n1. Tờ khai.';
    expect(parseDocument(text, 'x.txt').articles.map((a) => a.number)).toEqual([1, 2, 11]);
  });

  it('reads the signer whatever rank the officer signs with', () => {
    const text = 'THÔNG TƯ\nThử\n\nĐiều 1. Phạm vi\nNội dung./.\n\nBỘ TRƯỞNG\n\nĐại tướng Lương Tam Quang';
    expect(parseDocument(text, 'x.txt').signers).toEqual([{ name: 'Lương Tam Quang', position: 'Bộ trưởng', capacity: null, agency: null }]);
  });

  it('warns that a scanned stub has nothing to read, and nothing else', () => {
    const stub = 'CÔNG BÁO/Số 271/Ngày 12-05-2026\n86\n\nKý bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\n\nCÔNG BÁO/Số 271/Ngày 12-05-2026\n87\n\nTM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nHồ Quốc Dũng';
    const parsed = parseDocument(stub, 'x.txt');
    expect(parsed.warnings.map((w) => w.kind)).toEqual(['NEAR_EMPTY']);
    expect(parsed.warnings[0]?.message).toMatch(/^Văn bản gần như không có chữ/);
  });
});

describe('amending texts', () => {
  it('does not count the articles an amending law quotes as its own', () => {
    const text = 'LUẬT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT BẢO HIỂM Y TẾ\n\nĐiều 1. Sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế\n1. Điều 9 được sửa đổi, bổ sung như sau:\n“Điều 9. Cơ quan thực hiện\n1. Cơ quan bảo hiểm xã hội.\nĐiều 10. Kiểm toán quỹ\n2. Kiểm toán nhà nước.”.\nĐiều 2. Hiệu lực thi hành\nLuật này có hiệu lực.';
    const parsed = parseDocument(text, 'x.txt');
    expect(parsed.articles.map((a) => a.number)).toEqual([1, 2]);
    expect(parsed.articles[0]?.clauses.map((c) => c.label)).toEqual(['1']);
    expect(parsed.articles[0]?.text).toContain('Điều 10. Kiểm toán quỹ');
  });

  it('ignores a stray quotation mark that never closes', () => {
    const text = 'LUẬT\nThử\n\nĐiều 1. Giải thích\nTừ “dữ liệu là thông tin.\nĐiều 2. Hiệu lực\nLuật này có hiệu lực.';
    expect(parseDocument(text, 'x.txt').articles.map((a) => a.number)).toEqual([1, 2]);
  });

  it('states what the title amends, guides, repeals and corrects, by number or by the law’s name', () => {
    expect(relationsOf('NGHỊ ĐỊNH\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 72/2020/NĐ-CP NGÀY 30 THÁNG 6 NĂM 2020\n\nĐiều 1. Thử')).toEqual([
      ['AMENDS', '72/2020/NĐ-CP'],
    ]);
    expect(relationsOf('NGHỊ ĐỊNH\nQuy định chi tiết một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc\n\nCăn cứ Luật Bảo hiểm xã hội ngày 29 tháng 6 năm 2024;\n\nĐiều 1. Thử')).toEqual([
      ['GUIDES', 'Luật Bảo hiểm xã hội'],
    ]);
    expect(relationsOf('QUYẾT ĐỊNH\nBÃI BỎ QUYẾT ĐỊNH SỐ 15/2025/QĐ-UBND NGÀY 01/3/2025\n\nĐiều 1. Thử')).toEqual([['REPEALS', '15/2025/QĐ-UBND']]);
    expect(relationsOf('QUYẾT ĐỊNH\nVề việc đính chính Thông tư số 138/2025/TT-BTC\n\nĐiều 1. Thử')).toEqual([['CORRECTS', '138/2025/TT-BTC']]);
  });

  it('dates a law the title guides from the basis that names it', () => {
    const parsed = parseDocument('NGHỊ ĐỊNH\nQuy định chi tiết một số điều của Luật Bảo hiểm xã hội\n\nCăn cứ Luật Bảo hiểm xã hội ngày 29 tháng 6 năm 2024;\n\nĐiều 1. Thử', 'x.txt');
    expect(parsed.relations[0]?.to).toMatchObject({ name: 'Luật Bảo hiểm xã hội', kind: 'Luật', issuedOn: '2024-06-29' });
  });
});

describe('website copies', () => {
  const LEAD = 'Bản dịch này thuộc quyền sở hữu của **\nTHƯ VIỆN PHÁP LUẬT**.\nĐang tải văn bản...\n#\n**Số hiệu:**\n|\n80/2025/QĐ-UBND\n|\n**Tình trạng:**\n|\nĐã biết\n|\n';
  const FOOTER = '|\nQuyết định 80/2025/QĐ-UBND bãi bỏ Quyết định 15/2025/QĐ-UBND\nVăn bản này chưa cập nhật nội dung Tiếng Anh\nQuyết định 80/2025/QĐ-UBND ngày 24/11/2025 bãi bỏ\n## Văn bản liên quan\nBan hành:\n28/10/2025';

  it('sets the site notices, metadata and footer apart and reads the document between them', () => {
    const text = `${LEAD}**ỦY BAN NHÂN DÂN **\nTỈNH HÀ TĨNH\n--------\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n|\nSố: 80/2025/QĐ-UBND\n|\n*Hà\nNội, ngày 24 tháng 11 năm 2025*\n|\n**QUYẾT\nĐỊNH**\nVề thử nghiệm\n*Căn cứ Luật Tổ chức chính quyền địa phương số\n72/2025/QH15;*\n**Điều 1.** Bãi bỏ.\n**TM. ỦY BAN\nNHÂN DÂN **\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n**Trần Báu Hà**\n${FOOTER}`;
    const parsed = parseDocument(text, 'x.txt');
    expect(parsed).toMatchObject({ number: '80/2025/QĐ-UBND', kind: 'Quyết định', issuedOn: '2025-11-24', place: 'Hà Nội', issuers: ['Ủy ban nhân dân tỉnh'] });
    expect(parsed.bases.map((b) => b.number)).toEqual(['72/2025/QH15']);
    expect(parsed.signers[0]).toMatchObject({ name: 'Trần Báu Hà', capacity: 'TM. Ủy ban nhân dân' });
    const noise = parsed.blocks?.filter((b) => b.role === 'noise').map((b) => b.text) ?? [];
    expect(noise).toContain('Đang tải văn bản...');
    expect(noise).toContain('Văn bản này chưa cập nhật nội dung Tiếng Anh');
    expect(parsed.citations.map((c) => c.mention.number)).not.toContain('15/2025/QĐ-UBND');
  });

  it('reads the number a table cell wraps to the next line', () => {
    expect(parseDocument('BỘ TÀI CHÍNH\nCỤC THUẾ\nSố:\n5680/CT-CS\n*V/v thuế TNCN.*', 'x.txt').number).toBe('5680/CT-CS');
  });

  it('takes the issuer a Nghị quyết prints alone before its bases when the header cell is lost', () => {
    const text = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1663/NQ-UBTVQH15\n\n**NGHỊ QUYẾT**\n\n**Về việc sắp xếp**\n\n---------\n\n**ỦY BAN THƯỜNG VỤ QUỐC HỘI**\n\n*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*\n\n**Điều 1.** Thử.';
    expect(parseDocument(text, 'x.txt').issuers).toEqual(['Ủy ban Thường vụ Quốc hội']);
  });
});

describe('warnings', () => {
  it('say in Vietnamese what is wrong, with a stable code, the line and the quote', () => {
    const warnings = parseDocument(seedText('004_9a1680116712ef93'), '004.txt').warnings;
    expect(warnings.find((w) => w.kind === 'BLANK_NUMBER')).toMatchObject({ line: 9, message: expect.stringMatching(/^Số văn bản để trống/) });
    expect(warnings.find((w) => w.kind === 'BLANK_DATE')).toMatchObject({ line: 11, message: 'Ngày ban hành để trống: chỉ biết năm 2021' });
  });

  it('names both committees when a suffix contradicts the issuer written beside the number', () => {
    const mismatch = parseDocument(seedText('002_1d85cb063a09f93b'), '002.txt').warnings.find((w) => w.kind === 'NUMBER_ISSUER_MISMATCH');
    expect(mismatch?.message).toBe('Số 314-QĐ/TU mang ký hiệu của Tỉnh ủy nhưng văn bản ghi cơ quan ban hành là Ban Thường vụ Huyện ủy');
  });

  it('reports a text without header and without kind once each', () => {
    const kinds = parseDocument('Điều 1. Phạm vi\nNội dung.\nĐiều 2. Hiệu lực', 'x.txt').warnings.map((w) => w.kind);
    expect(kinds).toEqual(['NO_HEADER', 'NO_KIND']);
  });
});
