/** A small multipart/form-data reader for the loopback fakes (file uploads, Discord attachments). */
export interface FormPart {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

export function isMultipart(contentType: string | undefined): boolean {
  return Boolean(contentType?.startsWith('multipart/form-data'));
}

/** Splits a multipart body into its parts; throws on a body without the declared boundary. */
export function parseMultipart(body: Buffer, contentType: string): FormPart[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) throw new Error(`multipart without a boundary: ${contentType}`);
  const delimiter = Buffer.from(`--${marker}`);
  const parts: FormPart[] = [];
  let start = body.indexOf(delimiter);
  if (start < 0) throw new Error('multipart body without its boundary');
  for (;;) {
    start += delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next < 0) throw new Error('multipart part without a closing boundary');
    const part = body.subarray(start + 2, next - 2); // skip CRLF after the boundary and before the next
    const split = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, split).toString('utf8');
    const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
    const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1];
    const filename = /filename="([^"]*)"/i.exec(disposition)?.[1];
    parts.push({
      name: /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? '',
      ...(filename !== undefined ? { filename } : {}),
      ...(type ? { contentType: type.trim() } : {}),
      data: part.subarray(split + 4),
    });
    start = next;
  }
  return parts;
}
