// Honours `files.associations`: a file the user explicitly maps to plain text is never switched to
// the briefing mode. Pure (no vscode import); patterns follow VS Code's glob rules closely enough
// for associations: a pattern without "/" matches the file name, otherwise the whole path.

function globToRegExp(pattern: string): RegExp {
  let source = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    const classEnd = ch === '[' ? pattern.indexOf(']', i + 2) : -1;
    if (ch === '*' && pattern[i + 1] === '*') {
      // "**/" is any number of whole folders, so "**/raw/" does not match ".../draw/".
      const folders = pattern[i + 2] === '/';
      source += folders ? '(?:.*/)?' : '.*';
      i += folders ? 2 : 1;
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (classEnd > 0) {
      // [abc], [a-z], [!abc]: a character class, as in VS Code's globs.
      const body = pattern.slice(i + 1, classEnd).replace(/^!/, '^').replace(/[\\\]]/g, '\\$&');
      source += `[${body}]`;
      i = classEnd;
    } else if (ch === '{') {
      braces++;
      source += '(?:';
    } else if (ch === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (ch === ',' && braces > 0) source += '|';
    else source += ch.replace(/[.+^$(){}|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'i');
}

export function matchesGlob(path: string, pattern: string): boolean {
  const subject = pattern.includes('/') ? path : path.slice(path.lastIndexOf('/') + 1);
  return globToRegExp(pattern).test(subject);
}

/** Whether `files.associations` maps this path to `languageId`. */
export function associatedWith(path: string, associations: Record<string, string>, languageId: string): boolean {
  return Object.entries(associations).some(([pattern, language]) => language === languageId && matchesGlob(path, pattern));
}
