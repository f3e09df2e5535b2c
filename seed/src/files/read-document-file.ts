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
}

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
  if (bytes.includes(0)) throw new DocumentFileError(file, 'tệp nhị phân (có byte 0), không phải văn bản: chỉ nhận .txt hoặc .md');
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new DocumentFileError(file, decoded.reason);
  if (decoded.text.trim().length === 0) throw new DocumentFileError(file, 'tệp chỉ có khoảng trắng');
  return { text: decoded.text.replace(/^\uFEFF/, ''), charset: decoded.charset };
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
