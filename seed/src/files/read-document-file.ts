// Reads one document file as text, refusing what is not a readable document, with a reason to show.
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

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

export async function readDocumentFile(file: string): Promise<string> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new DocumentFileError(file, 'không tìm thấy tệp');
  if (!info.isFile()) throw new DocumentFileError(file, 'không phải một tệp');
  if (info.size === 0) throw new DocumentFileError(file, 'tệp rỗng');
  if (info.size > MAX_FILE_BYTES) {
    throw new DocumentFileError(file, `tệp quá lớn (${(info.size / 1048576).toFixed(1)} MB, tối đa 20 MB)`);
  }
  const bytes = await readFile(file);
  if (bytes.includes(0)) throw new DocumentFileError(file, 'tệp nhị phân, không phải văn bản');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentFileError(file, 'không phải UTF-8 (có thể là bảng mã cũ TCVN3/VNI): hãy chuyển sang Unicode UTF-8');
  }
  if (text.trim().length === 0) throw new DocumentFileError(file, 'tệp chỉ có khoảng trắng');
  return text.replace(/^\uFEFF/, '');
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
