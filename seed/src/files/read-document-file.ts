// Reads one document file as text, refusing what is not a readable document, with a reason to show.
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Charset } from './decode-text.ts';
import { decodeText } from './decode-text.ts';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const DOCUMENT_EXTENSIONS = ['.txt', '.md'];

export class DocumentFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DocumentFileError';
  }
}

export interface DocumentText {
  text: string;
  /** the encoding it was stored in; a legacy one was converted to Unicode */
  charset: Charset;
  /** stray NUL bytes dropped (text extracted from PDFs carries a few where check boxes were) */
  removedNulls: number;
}

/** More NUL bytes than this share of the file: a binary file, not text with a few stray ones. */
const BINARY_NUL_SHARE = 0.001;

export async function readDocumentFile(file: string): Promise<string> {
  return (await readDocument(file)).text;
}

export async function readDocument(file: string): Promise<DocumentText> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new DocumentFileError(file, 'không tìm thấy tệp');
  if (!info.isFile()) throw new DocumentFileError(file, 'không phải một tệp');
  if (info.size === 0) throw new DocumentFileError(file, 'tệp rỗng');
  if (info.size > MAX_FILE_BYTES) {
    throw new DocumentFileError(file, `tệp quá lớn (${(info.size / 1048576).toFixed(1)} MB, tối đa 20 MB)`);
  }
  const bytes = await readFile(file);
  const nulls = bytes.reduce((n, byte) => (byte === 0 ? n + 1 : n), 0);
  if (nulls > bytes.length * BINARY_NUL_SHARE) {
    throw new DocumentFileError(file, 'tệp nhị phân, không phải văn bản: chỉ nhận văn bản thuần (.txt, .md)');
  }
  const decoded = decodeText(nulls ? bytes.filter((byte) => byte !== 0) : bytes);
  if (!decoded.ok) throw new DocumentFileError(file, decoded.reason);
  if (decoded.text.trim().length === 0) throw new DocumentFileError(file, 'tệp chỉ có khoảng trắng');
  return { text: decoded.text.replace(/^\uFEFF/, ''), charset: decoded.charset, removedNulls: nulls };
}

/** The document files under each path, in a stable order; a path that is a file is taken as it is. */
export async function listDocumentFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new DocumentFileError(path, 'không tìm thấy tệp hoặc thư mục');
    if (info.isFile()) {
      files.push(path);
      continue;
    }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    files.push(
      ...entries
        .filter((e) => e.isFile() && DOCUMENT_EXTENSIONS.includes(extname(e.name).toLowerCase()))
        .map((e) => join(e.parentPath, e.name))
        .sort(),
    );
  }
  return files;
}
