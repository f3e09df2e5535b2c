// `cancu token --role editor [--subject <name>] [--days 30]`: prints an editor token signed with CANCU_JWT_SECRET.
import { userInfo } from 'node:os';
import type { Role } from '../auth/editor-token.ts';
import { ROLES, signEditorToken, signingKey } from '../auth/editor-token.ts';
import type { CommandInput } from './main.ts';

const MAX_DAYS = 365;

function defaultSubject(): string {
  try {
    return userInfo().username;
  } catch {
    return 'editor';
  }
}

/** Prints the token alone on stdout (for `$(npx cancu token --role editor)`), and what it allows on stderr. */
export async function runToken(input: CommandInput, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const role = input.values.role;
  if (typeof role !== 'string' || !ROLES.includes(role as Role)) {
    console.error(`Cần --role, một trong: ${ROLES.join(', ')}`);
    return 2;
  }
  const days = input.values.days === undefined ? 30 : Number(input.values.days);
  if (!Number.isFinite(days) || days <= 0 || days > MAX_DAYS) {
    console.error(`--days phải là số ngày từ 1 đến ${MAX_DAYS}, không phải "${String(input.values.days)}"`);
    return 2;
  }
  const subject = typeof input.values.subject === 'string' && input.values.subject.trim() ? input.values.subject.trim() : defaultSubject();
  const key = signingKey(env.CANCU_JWT_SECRET);
  if (!(key instanceof Uint8Array)) {
    console.error(key.ok ? 'unreachable' : `${key.message}. Đặt cùng một giá trị cho máy chủ và cho lệnh này.`);
    return 2;
  }
  const token = await signEditorToken(env.CANCU_JWT_SECRET, { role: role as Role, subject, days });
  const expires = new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  console.log(token);
  console.error(`Mã quyền ${role} cho "${subject}", hết hạn ngày ${expires}. Gửi kèm: Authorization: Bearer <mã>`);
  return 0;
}
