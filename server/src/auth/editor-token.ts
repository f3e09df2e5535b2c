// Editor tokens: HS256 JWTs signed with CANCU_JWT_SECRET. Reads need none; every mutation needs one.
import { SignJWT, errors, jwtVerify } from 'jose';

export const ROLES = ['editor'] as const;
export type Role = (typeof ROLES)[number];

/** HS256 wants a key of at least 256 bits; a shorter secret is refused rather than silently weak. */
export const MIN_SECRET_LENGTH = 32;
const ISSUER = 'cancu';
const AUDIENCE = 'cancu';
const DAY_SECONDS = 24 * 60 * 60;

export type Verdict =
  | { ok: true; subject: string; role: Role; expiresAt: Date }
  | { ok: false; reason: 'NO_SECRET' | 'WEAK_SECRET' | 'NO_TOKEN' | 'INVALID' | 'EXPIRED' | 'NOT_EDITOR'; message: string };

const MESSAGES: Record<Exclude<Verdict, { ok: true }>['reason'], string> = {
  NO_SECRET: 'Chức năng ghi đang tắt: máy chủ chưa đặt biến môi trường CANCU_JWT_SECRET',
  WEAK_SECRET: `Chức năng ghi đang tắt: CANCU_JWT_SECRET phải dài ít nhất ${MIN_SECRET_LENGTH} ký tự`,
  NO_TOKEN: 'Cần mã truy cập của biên tập viên: gửi "Authorization: Bearer <mã>" (tạo mã bằng "npx cancu token --role editor")',
  INVALID: 'Mã truy cập không hợp lệ (sai chữ ký hoặc sai định dạng)',
  EXPIRED: 'Mã truy cập đã hết hạn: tạo mã mới bằng "npx cancu token --role editor"',
  NOT_EDITOR: 'Mã truy cập không có quyền biên tập (role: editor)',
};

function refuse(reason: keyof typeof MESSAGES): Verdict {
  return { ok: false, reason, message: MESSAGES[reason] };
}

/** The signing key, or why there is none. */
export function signingKey(secret: string | undefined): Uint8Array | Verdict {
  if (!secret) return refuse('NO_SECRET');
  if (secret.length < MIN_SECRET_LENGTH) return refuse('WEAK_SECRET');
  return new TextEncoder().encode(secret);
}

export interface TokenRequest {
  role: Role;
  subject: string;
  days: number;
  /** when the token starts; tests move it to make an expired token */
  now?: Date;
}

export async function signEditorToken(secret: string | undefined, request: TokenRequest): Promise<string> {
  const key = signingKey(secret);
  if (!(key instanceof Uint8Array)) throw new Error(key.ok ? 'unreachable' : key.message);
  const issuedAt = Math.floor((request.now ?? new Date()).getTime() / 1000);
  return new SignJWT({ role: request.role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(request.subject)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + Math.round(request.days * DAY_SECONDS))
    .sign(key);
}

/** The bearer token of an Authorization header, or null. */
export function bearerToken(authorization: string | null | undefined): string | null {
  const match = authorization?.match(/^\s*Bearer\s+(\S+)\s*$/i);
  return match ? match[1]! : null;
}

export async function verifyEditorToken(secret: string | undefined, token: string | null): Promise<Verdict> {
  const key = signingKey(secret);
  if (!(key instanceof Uint8Array)) return key;
  if (!token) return refuse('NO_TOKEN');
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE, requiredClaims: ['sub', 'exp'] });
    if (payload.role !== 'editor') return refuse('NOT_EDITOR');
    if (!payload.sub?.trim()) return refuse('INVALID');
    return { ok: true, subject: payload.sub, role: 'editor', expiresAt: new Date(payload.exp! * 1000) };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return refuse('EXPIRED');
    if (error instanceof errors.JOSEError) return refuse('INVALID');
    throw error;
  }
}
