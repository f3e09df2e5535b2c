import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeDocument } from './looks-like-document.ts';
import { parseDocument } from './parse-document.ts';
import { SEED_FILES, seedText } from './seed-fixtures.ts';

const NEWS = `Hà Nội đón đợt không khí lạnh đầu mùa

Sáng nay, nhiều tuyến phố ở Hà Nội chìm trong sương mù, nhiệt độ giảm xuống còn 17 độ C. Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, đợt không khí lạnh sẽ kéo dài đến hết cuối tuần, vùng núi phía Bắc có nơi dưới 10 độ C.

Người dân ra đường đã phải mặc áo ấm, nhiều phụ huynh đưa con đến trường sớm hơn thường lệ. Chị Nguyễn Thị Lan, một người bán hàng ở chợ Đồng Xuân, cho biết lượng khách giảm hẳn trong buổi sáng.

Ngành y tế khuyến cáo người cao tuổi và trẻ nhỏ hạn chế ra ngoài vào sáng sớm, giữ ấm cơ thể và theo dõi sức khỏe. Dự báo từ tuần sau, nhiệt độ sẽ tăng dần và trời hửng nắng vào buổi trưa.

Minh Anh`;

const REAL = '/work/shared/corpus/real';

describe('looksLikeDocument', () => {
  it('turns a news story away with a Vietnamese reason that names what is missing', () => {
    const parsed = parseDocument(NEWS, 'news.txt');
    const check = looksLikeDocument(parsed);
    expect(check.ok).toBe(false);
    expect(check.reason).toMatch(/^Không phải văn bản của Đảng hay Nhà nước: không có số văn bản/);
    expect(check.reason).toContain('căn cứ ban hành');
    expect(parsed.warnings[0]).toMatchObject({ kind: 'NOT_A_DOCUMENT', message: check.reason });
  });

  it('turns random prose away', () => {
    const parsed = parseDocument('Hôm nay trời đẹp. Tôi đi dạo quanh hồ và gặp vài người bạn cũ.\nChúng tôi uống cà phê.', 'blog.txt');
    expect(looksLikeDocument(parsed).ok).toBe(false);
    expect(parsed.warnings.map((w) => w.kind)).toContain('NO_HEADER');
  });

  it.each(SEED_FILES)('accepts seed %s without a NOT_A_DOCUMENT warning', (id) => {
    const parsed = parseDocument(seedText(id), `${id}.txt`);
    expect(looksLikeDocument(parsed).ok).toBe(true);
    expect(parsed.warnings.map((w) => w.kind)).not.toContain('NOT_A_DOCUMENT');
  });

  it.skipIf(!existsSync(REAL))('accepts every real-corpus file that has text, and only stubs are near-empty', () => {
    const files = readdirSync(REAL).flatMap((dir) => readdirSync(join(REAL, dir)).map((f) => join(REAL, dir, f)));
    const parsed = files.map((file) => parseDocument(readFileSync(file, 'utf8'), file));
    const stubs = parsed.filter((p) => p.warnings.some((w) => w.kind === 'NEAR_EMPTY'));
    const refused = parsed.filter((p) => !stubs.includes(p) && !looksLikeDocument(p).ok).map((p) => p.file);
    expect(refused).toEqual([]);
    expect(stubs.length).toBeLessThan(files.length / 20);
  }, 120_000);
});
