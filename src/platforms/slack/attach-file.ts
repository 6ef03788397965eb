import type { types, webApi } from '@slack/bolt';
import type { Attachment, Reply } from '../../reply/model.js';
import type { Logger } from '../../log.js';
import { truncate } from '../../itinerary/text.js';
import { describeSlackError } from './web-api-errors.js';
import { fitEscaped } from './escape.js';
import { RESERVED_BLOCKS, SLACK_LIMITS } from './render.js';

type KnownBlock = types.KnownBlock;

export const FILE_ACTION_ID = 'trip_file_open';

export interface UploadedFile {
  id: string;
  permalink?: string;
}

/**
 * Uploads an answer's file the current way (`files.getUploadURLExternal`, the bytes to the
 * returned URL, then `files.completeUploadExternal`), through the SDK's `uploadV2`. The file
 * is not shared to a channel here: the answer shows it (an image block for a PNG, a download
 * button otherwise). A failure (no `files:write` scope, Slack down) is logged and the answer goes
 * out without the file.
 */
export async function uploadAttachment(
  client: webApi.WebClient,
  file: Attachment,
  log: Logger,
): Promise<UploadedFile | undefined> {
  try {
    const result = (await client.files.uploadV2({
      file: file.data,
      filename: file.filename,
      title: file.filename,
      alt_text: truncate(file.alt, 1000),
    })) as { files?: { files?: { id?: string; permalink?: string }[] }[] };
    const uploaded = result.files?.[0]?.files?.[0];
    if (!uploaded?.id) throw new Error('files.completeUploadExternal returned no file');
    return { id: uploaded.id, ...(uploaded.permalink ? { permalink: uploaded.permalink } : {}) };
  } catch (error) {
    log.warn('slack file upload failed', { filename: file.filename, error: describeSlackError(error) });
    return undefined;
  }
}

/** The block that shows the uploaded file in the answer. */
export function fileBlock(file: Attachment, uploaded: UploadedFile): KnownBlock {
  if (file.contentType.startsWith('image/'))
    return {
      type: 'image',
      slack_file: { id: uploaded.id },
      alt_text: fitEscaped(file.alt, 2000),
      title: { type: 'plain_text', text: fitEscaped(file.filename, 200) },
    };
  const text = {
    type: 'plain_text' as const,
    text: fitEscaped(`Download ${file.filename}`, 75),
    emoji: true,
  };
  return {
    type: 'actions',
    block_id: 'trip_file',
    elements: [
      {
        type: 'button',
        action_id: FILE_ACTION_ID,
        text,
        ...(uploaded.permalink ? { url: uploaded.permalink } : { value: uploaded.id }),
      },
    ],
  };
}

/** Puts the file's block after the header and lead, before the details. */
export function withFileBlock(blocks: KnownBlock[], block: KnownBlock): KnownBlock[] {
  const at = blocks[1]?.type === 'section' ? 2 : 1;
  return [...blocks.slice(0, at), block, ...blocks.slice(at)];
}

/** Uploads the reply's file, if any, and returns the blocks showing it (room kept for the share button). */
export async function blocksWithFile(
  client: webApi.WebClient,
  reply: Reply,
  blocks: KnownBlock[],
  log: Logger,
): Promise<KnownBlock[]> {
  const file = reply.kind === 'answer' ? reply.attachment : undefined;
  if (!file || blocks.length + 1 + RESERVED_BLOCKS > SLACK_LIMITS.blocks) return blocks;
  const uploaded = await uploadAttachment(client, file, log);
  return uploaded ? withFileBlock(blocks, fileBlock(file, uploaded)) : blocks;
}
