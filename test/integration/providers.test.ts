// The language features over a fictional briefing, asked for the way VS Code itself asks.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { BriefingLensApi } from '../../src/features/api';
import { closeAllEditors, extensionApi, offsetOf, positionOf, showFixture, textOf, until, writeWorkspaceFile } from './support';

const FIXTURE = 'harbour-talks.briefing.txt';

interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
}

function decode(tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): DecodedToken[] {
  const result: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifierBits] = tokens.data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const modifiers = legend.tokenModifiers.filter((_, bit) => modifierBits & (1 << bit));
    result.push({ line, character, length, type: legend.tokenTypes[type], modifiers });
  }
  return result;
}

/** The Markdown of every hover VS Code gathers at the position, joined. */
async function hoverAt(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

function tokenText(document: vscode.TextDocument, token: DecodedToken): string {
  return document.getText(new vscode.Range(token.line, token.character, token.line, token.character + token.length));
}

async function semanticTokens(document: vscode.TextDocument): Promise<DecodedToken[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
  const tokens = await until('semantic tokens', () =>
    vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri),
  );
  return decode(tokens, legend);
}

describe('language features on a briefing', () => {
  let api: BriefingLensApi;
  let document: vscode.TextDocument;

  before(async () => {
    api = await extensionApi();
    document = (await showFixture(FIXTURE)).document;
  });
  after(closeAllEditors);

  describe('semantic tokens', () => {
    it('use the person, organization and place legend', async () => {
      const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
      assert.deepStrictEqual(legend.tokenTypes, ['person', 'organization', 'place']);
    });

    it('colour every mention by type and mark first mentions', async () => {
      const decoded = await semanticTokens(document);
      const kowalczyk = decoded.filter((t) => t.type === 'person' && tokenText(document, t).includes('Kowalczyk'));
      assert.ok(kowalczyk.length >= 2, `Kowalczyk tokens: ${JSON.stringify(kowalczyk)}`);
      assert.strictEqual(tokenText(document, kowalczyk[0]), 'Anna Kowalczyk');
      assert.deepStrictEqual(kowalczyk[0].modifiers, ['firstMention']);
      assert.deepStrictEqual(kowalczyk[1].modifiers, []);
      assert.ok(decoded.some((t) => t.type === 'place' && tokenText(document, t) === 'Vilnius'), 'Vilnius is a place');

      // Exactly the engine's mentions, one token each (none of the fixture's names spans a line).
      const mentions = (await api.analysisOf(document))!.entities.flatMap((e) => e.mentions.map((m) => `${e.type}:${m.start}:${m.text}`));
      assert.deepStrictEqual(
        decoded.map((t) => `${t.type}:${document.offsetAt(new vscode.Position(t.line, t.character))}:${tokenText(document, t)}`).sort(),
        mentions.sort(),
      );
    });
  });

  describe('hover', () => {
    it('shows the entity card on a surname-only mention', async () => {
      const text = await hoverAt(document, positionOf(document, 'Kowalczyk told'));
      assert.match(text, /^\*\*Anna Kowalczyk\*\* · person/m);
      assert.match(text, /Role: (Foreign )?Minister/);
      assert.match(text, /Mentions: \d+/);
      assert.match(text, /First mention, line 11: \*Foreign Minister Anna Kowalczyk met/);
      assert.match(text, /\[Show all mentions\]\(command:briefingLens\.showAllMentions\?/);
      assert.match(text, /\[Reveal in Entities view\]\(command:briefingLens\.revealEntity\?/);
    });

    it('shows kind, value and unit on a figure', async () => {
      const text = await hoverAt(document, positionOf(document, '$3.1 million', 0, 2));
      assert.match(text, /· money/);
      assert.match(text, /Value: 3,100,000/);
    });

    it('shows source and dates on a citation', async () => {
      const text = await hoverAt(document, positionOf(document, 'May 5, 6)'));
      assert.match(text, /Source: Baltic News Service/);
      assert.match(text, /Dates: May 5, May 6/);
    });

    it('answers through the test API exactly as through VS Code, from our provider alone', async () => {
      const cardAt = async (position: vscode.Position) =>
        ((await api.hoverAt(document, position))?.contents ?? []).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
      for (const [needle, occurrence, inside] of [['Kowalczyk told', 0, 1], ['$3.1 million', 0, 2], ['May 5, 6)', 0, 1]] as const) {
        const at = positionOf(document, needle, occurrence, inside);
        assert.strictEqual(await cardAt(at), await hoverAt(document, at), `the card at ${needle}`);
      }
      assert.match(await cardAt(positionOf(document, 'Kowalczyk told')), /^\*\*Anna Kowalczyk\*\* · person/);
      const hover = await api.hoverAt(document, positionOf(document, 'Kowalczyk told'));
      assert.strictEqual(hover?.range && document.getText(hover.range), 'Kowalczyk', 'the card covers the mention');
      // Plain words: no card. The same entity's card from another of its mentions is the same card.
      assert.strictEqual(await api.hoverAt(document, positionOf(document, 'rejected the offer')), undefined);
      assert.strictEqual(await cardAt(positionOf(document, 'Anna Kowalczyk met')), await cardAt(positionOf(document, 'Kowalczyk told')));
    });

    it('goes away when briefingLens.hover.enabled is off', async () => {
      const config = vscode.workspace.getConfiguration('briefingLens');
      const at = positionOf(document, 'Kowalczyk told');
      const ours = async () => (await hoverAt(document, at)).includes('Anna Kowalczyk');
      await config.update('hover.enabled', false, vscode.ConfigurationTarget.Global);
      try {
        await until('the hover to go away', async () => !(await ours()));
      } finally {
        await config.update('hover.enabled', undefined, vscode.ConfigurationTarget.Global);
      }
      await until('the hover to come back', ours);
    });
  });

  describe('outline', () => {
    it('lists title, metadata, summary and sections with their paragraphs', async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
        'vscode.executeDocumentSymbolProvider',
        document.uri,
      );
      const names = symbols.map((s) => s.name);
      assert.strictEqual(names[0], 'VELMORA HARBOUR TALKS STALL OVER QUAY FEES');
      assert.ok(names.some((n) => n.startsWith('Publication: Baltic Affairs Monitor')), names.join(' | '));
      const background = symbols.find((s) => s.name === 'Background');
      const outlook = symbols.find((s) => s.name === 'Outlook');
      assert.ok(background && outlook, names.join(' | '));
      assert.deepStrictEqual(
        background.children.map((c) => c.name),
        ['Foreign Minister Anna Kowalczyk met officials…', 'Lithuanian Transport Minister Rokas Petrauskas rejected…'],
      );
      assert.strictEqual(background.range.start.line, 8);
      assert.ok(background.range.contains(background.children[1].range), 'paragraphs lie inside their section');
    });

    it('folds sections', async () => {
      const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
      assert.ok(
        ranges.some((r) => r.start === 8 && r.end === 12),
        `folding ranges: ${JSON.stringify(ranges.map((r) => [r.start, r.end]))}`,
      );
    });
  });

  describe('navigation', () => {
    it('goes to the first mention from any mention', async () => {
      const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider',
        document.uri,
        positionOf(document, 'Kowalczyk and Petrauskas'),
      );
      assert.strictEqual(locations.length, 1);
      const target = locations[0] instanceof vscode.Location ? locations[0].range : locations[0].targetRange;
      assert.strictEqual(textOf(document, target), 'Anna Kowalczyk');
      assert.strictEqual(document.offsetAt(target.start), offsetOf(document, 'Anna Kowalczyk'));
    });

    it('opens the mentions peek for the entity of the hover link, or else the one under the cursor', async () => {
      const fromLink = await vscode.commands.executeCommand('briefingLens.showAllMentions', document.uri.toString(), 'person:Anna Kowalczyk');
      assert.strictEqual(fromLink, 'person:Anna Kowalczyk');
      const editor = vscode.window.activeTextEditor;
      assert.strictEqual(editor?.document.uri.toString(), document.uri.toString());
      const at = positionOf(document, 'Petrauskas said');
      editor.selection = new vscode.Selection(at, at);
      assert.strictEqual(await vscode.commands.executeCommand('briefingLens.showAllMentions'), 'person:Rokas Petrauskas');
      await vscode.commands.executeCommand('closeReferenceSearch');
      const nowhere = positionOf(document, 'rejected the offer');
      editor.selection = new vscode.Selection(nowhere, nowhere);
      assert.strictEqual(await vscode.commands.executeCommand('briefingLens.showAllMentions'), undefined, 'no entity under the cursor');
    });

    it('finds every mention as a reference and highlights them', async () => {
      const at = positionOf(document, 'Petrauskas said');
      const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, at);
      assert.deepStrictEqual(
        references.map((l) => textOf(document, l)),
        ['Rokas Petrauskas', 'Petrauskas', 'Petrauskas'],
      );
      const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>(
        'vscode.executeDocumentHighlights',
        document.uri,
        at,
      );
      assert.deepStrictEqual(
        highlights.map((h) => h.range.start.line),
        references.map((l) => l.range.start.line),
      );
    });
  });

  describe('settings', () => {
    const surfaces: [string, () => Thenable<unknown[] | undefined>][] = [
      [
        'semanticHighlighting.enabled',
        async () => {
          const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>(
            'vscode.provideDocumentSemanticTokens',
            document.uri,
          );
          return tokens ? [...tokens.data] : [];
        },
      ],
      ['outline.enabled', () => vscode.commands.executeCommand<unknown[]>('vscode.executeDocumentSymbolProvider', document.uri)],
      [
        'navigation.enabled',
        () => vscode.commands.executeCommand<unknown[]>('vscode.executeReferenceProvider', document.uri, positionOf(document, 'Petrauskas said')),
      ],
    ];
    for (const [setting, ask] of surfaces) {
      it(`turns the surface off and on with briefingLens.${setting}`, async () => {
        const config = vscode.workspace.getConfiguration('briefingLens');
        const answers = async () => ((await ask()) ?? []).length > 0;
        assert.ok(await answers(), 'answers while on');
        await config.update(setting, false, vscode.ConfigurationTarget.Global);
        try {
          await until(`no answer with ${setting} off`, async () => !(await answers()));
        } finally {
          await config.update(setting, undefined, vscode.ConfigurationTarget.Global);
        }
        await until(`answers again with ${setting} on`, answers);
      });
    }
  });

  describe('on CRLF line endings, with a name broken across two lines', () => {
    const CRLF_TEXT = [
      'HARBOUR PILOTS RETURN TO WORK',
      '',
      'Publication: Baltic Affairs Monitor Issue: 92',
      '',
      'Foreign Minister Anna Kowalczyk thanked the pilots in Gdansk on June 4. She will meet Rokas',
      'Petrauskas in Vilnius next week (Coastal Herald, June 5).',
      '',
    ].join('\r\n');
    let crlf: vscode.TextDocument;

    before(async () => {
      crlf = await vscode.workspace.openTextDocument(await writeWorkspaceFile('pilots-crlf.briefing.txt', CRLF_TEXT));
      assert.strictEqual(crlf.eol, vscode.EndOfLine.CRLF);
    });

    it('colours each line of the broken name, and every token is exactly the text of a mention', async () => {
      const decoded = await semanticTokens(crlf);
      const people = decoded.filter((t) => t.type === 'person').map((t) => [t.line, tokenText(crlf, t)]);
      assert.deepStrictEqual(people, [
        [4, 'Anna Kowalczyk'],
        [4, 'Rokas'],
        [5, 'Petrauskas'],
      ]);
      const mentions = (await api.analysisOf(crlf))!.entities.flatMap((e) => e.mentions);
      for (const token of decoded) {
        const start = crlf.offsetAt(new vscode.Position(token.line, token.character));
        const mention = mentions.find((m) => m.start <= start && start < m.end);
        assert.ok(mention, `token at ${start} lies in a mention`);
        assert.strictEqual(tokenText(crlf, token), crlf.getText().slice(start, start + token.length));
        assert.ok(mention.text.includes(tokenText(crlf, token)));
      }
    });

    it('shows the card over the whole broken name, with the first mention on the right line', async () => {
      const at = positionOf(crlf, 'Petrauskas in');
      const [hover] = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', crlf.uri, at);
      assert.ok(hover?.range, 'a hover with a range');
      assert.strictEqual(textOf(crlf, hover.range), 'Rokas\r\nPetrauskas');
      assert.match(await hoverAt(crlf, at), /^\*\*Rokas Petrauskas\*\* · person/m);
      assert.match(await hoverAt(crlf, positionOf(crlf, 'Anna Kowalczyk')), /First mention, line 5: \*Foreign Minister Anna Kowalczyk thanked/);
    });

    it('finds the broken name as a reference from either of its lines', async () => {
      for (const needle of ['Rokas', 'Petrauskas in']) {
        const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', crlf.uri, positionOf(crlf, needle));
        assert.deepStrictEqual(references.map((l) => textOf(crlf, l)), ['Rokas\r\nPetrauskas'], needle);
      }
    });
  });
});
