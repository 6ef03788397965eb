import type { APIEmbed, AttachmentPayload } from 'discord.js';
import type { Reply } from '../../reply/model.js';
import { truncate } from '../../itinerary/text.js';

export interface MessageWithFiles {
  embeds: APIEmbed[];
  files?: AttachmentPayload[];
}

/**
 * Attaches an answer's file to the message (discord.js sends it as multipart); an image is
 * also shown in the first embed through its `attachment://` name.
 */
export function withAttachment(reply: Reply, embeds: APIEmbed[]): MessageWithFiles {
  const file = reply.kind === 'answer' ? reply.attachment : undefined;
  if (!file) return { embeds };
  const name = file.filename.replace(/[^\w.-]/g, '_');
  const shown = file.contentType.startsWith('image/')
    ? embeds.map((embed, index) =>
        index === 0 ? { ...embed, image: { url: `attachment://${name}` } } : embed,
      )
    : embeds;
  return { embeds: shown, files: [{ attachment: file.data, name, description: truncate(file.alt, 1024) }] };
}
