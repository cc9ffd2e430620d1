/** A chosen file as a base64 `data:` URI (what the document format stores), with `mediaType` in its header. */
export function readAsDataUri(file: Blob, mediaType: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const uri = String(reader.result);
      // The browser writes the type it guessed (or application/octet-stream): the document says the type we checked.
      resolve(`data:${mediaType};base64,${uri.slice(uri.indexOf(',') + 1)}`);
    };
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });
}

/** Types some systems do not report for a file (an empty `File.type`), read from the name's extension. */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  md: 'text/markdown',
  txt: 'text/plain',
  csv: 'text/csv',
  pdf: 'application/pdf',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  avif: 'image/avif',
};

/** The media type of a chosen file: the browser's, else the one its extension says, else ''. */
export function mediaTypeOf(file: { name: string; type: string }): string {
  if (file.type) return file.type.split(';')[0].trim().toLowerCase();
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION[extension] ?? '';
}

/** A file's name without folders (some browsers give a path), at most 200 characters, keeping its extension. */
export function plainFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? name;
  if (base.length <= 200) return base;
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 && base.length - dot <= 10 ? base.slice(dot) : '';
  return base.slice(0, 200 - extension.length) + extension;
}
