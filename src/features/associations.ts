// Honours `files.associations`: a file the user explicitly maps to plain text is never switched to
// the briefing mode. Pure (no vscode import); patterns follow VS Code's glob rules closely enough
// for associations: a pattern without "/" matches the file name, otherwise the whole path.

function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*' && pattern[i + 1] === '*') {
      source += '.*';
      i++;
      if (pattern[i + 1] === '/') i++;
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (ch === '{') source += '(?:';
    else if (ch === '}') source += ')';
    else if (ch === ',' && source.includes('(?:')) source += '|';
    else source += ch.replace(/[.+^$()|[\]\\]/g, '\\$&');
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
