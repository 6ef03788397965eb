/**
 * Discord's published limits, written out independently of the code under test
 * (https://discord.com/developers/docs/resources/message#embed-object-embed-limits and
 * .../interactions/application-commands#application-command-object).
 */
import type { APIEmbed } from 'discord-api-types/v10';

/** Every way the embeds break Discord's embed limits; empty when they are valid. */
export function embedViolations(embeds: APIEmbed[]): string[] {
  const problems: string[] = [];
  if (embeds.length < 1 || embeds.length > 10) problems.push(`${embeds.length} embeds`);
  let total = 0;
  embeds.forEach((embed, i) => {
    const check = (what: string, text: string | undefined, max: number) => {
      if (text === undefined) return;
      total += text.length;
      if (text.length > max) problems.push(`embed ${i} ${what} is ${text.length} > ${max}`);
      if (text.length === 0) problems.push(`embed ${i} ${what} is empty`);
    };
    check('title', embed.title, 256);
    check('description', embed.description, 4096);
    check('footer', embed.footer?.text, 2048);
    check('author', embed.author?.name, 256);
    if ((embed.fields?.length ?? 0) > 25) problems.push(`embed ${i} has ${embed.fields?.length} fields`);
    for (const field of embed.fields ?? []) {
      check('field name', field.name, 256);
      check('field value', field.value, 1024);
    }
  });
  if (total > 6000) problems.push(`${total} characters in all > 6000`);
  return problems;
}

/** The text a user sees across the embeds, for "contains" assertions. */
export function embedText(embeds: APIEmbed[]): string {
  return embeds
    .flatMap((e) => [
      e.title,
      e.description,
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text,
    ])
    .filter(Boolean)
    .join('\n');
}

interface CommandOptionJson {
  type: number;
  name: string;
  description: string;
  required?: boolean;
  autocomplete?: boolean;
  choices?: { name: string; value: string | number }[];
  options?: CommandOptionJson[];
}

interface CommandJson {
  name: string;
  description: string;
  options?: CommandOptionJson[];
}

const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const SUBCOMMAND = 1;
const SUBCOMMAND_GROUP = 2;

/** Every way a chat-input command body breaks Discord's application-command limits. */
export function commandViolations(command: CommandJson): string[] {
  const problems: string[] = [];
  let characters = 0;
  const named = (where: string, item: { name: string; description: string }) => {
    if (!NAME.test(item.name) || item.name !== item.name.toLowerCase())
      problems.push(`${where}: bad name "${item.name}"`);
    if (item.description.length < 1 || item.description.length > 100) {
      problems.push(`${where}: description of ${item.description.length} characters`);
    }
    characters += item.name.length + item.description.length;
  };
  const options = (where: string, list: CommandOptionJson[] | undefined) => {
    if ((list?.length ?? 0) > 25) problems.push(`${where}: ${list?.length} options`);
    const names = new Set<string>();
    let optionalSeen = false;
    for (const option of list ?? []) {
      const at = `${where} ${option.name}`;
      named(at, option);
      if (names.has(option.name)) problems.push(`${at}: duplicate name`);
      names.add(option.name);
      if (option.type === SUBCOMMAND || option.type === SUBCOMMAND_GROUP) {
        options(at, option.options);
        continue;
      }
      if (option.required && optionalSeen) problems.push(`${at}: required option after an optional one`);
      if (!option.required) optionalSeen = true;
      if (option.autocomplete && option.choices?.length)
        problems.push(`${at}: both autocomplete and choices`);
      if ((option.choices?.length ?? 0) > 25) problems.push(`${at}: ${option.choices?.length} choices`);
      for (const choice of option.choices ?? []) {
        if (choice.name.length < 1 || choice.name.length > 100)
          problems.push(`${at}: choice name "${choice.name}"`);
        characters += choice.name.length + String(choice.value).length;
      }
    }
  };
  named('command', command);
  options(command.name, command.options);
  if (characters > 8000) problems.push(`${characters} characters in names, descriptions and choices > 8000`);
  return problems;
}
