// Outline, breadcrumbs and Go to Symbol from the engine's sections; folding for sections and
// paragraphs.
import * as vscode from 'vscode';
import { firstWords } from '../core/snippet';
import { indexOf, type AnalysisIndex } from '../core/analysisIndex';
import { lineEnd } from '../core/text/lines';
import type { Analysis, Section, SectionKind } from '../core/types';
import type { DocumentAnalyses } from './analyses';
import { LANGUAGE_ID } from './ids';
import type { Settings } from './settings';

const SYMBOL_KIND: Record<SectionKind, vscode.SymbolKind> = {
  title: vscode.SymbolKind.File,
  metadata: vscode.SymbolKind.Property,
  summary: vscode.SymbolKind.String,
  section: vscode.SymbolKind.Namespace,
  paragraph: vscode.SymbolKind.String,
};

/** Line numbers of offsets and line lengths from the analysis index's line table (one per analysis):
 * a long briefing has thousands of sections, and asking the document for each position costs far more. */
class Lines {
  private readonly index: AnalysisIndex;

  constructor(
    private readonly text: string,
    analysis: Analysis,
  ) {
    this.index = indexOf(analysis, text);
  }

  lineOf(offset: number): number {
    return this.index.lineAt(offset);
  }

  /** The line's length without its line break. */
  lengthOf(line: number): number {
    return lineEnd(this.text, this.index.lineStarts, line) - this.index.lineStarts[line]!;
  }
}

/** Lines [first, last] a section covers, not counting the blank lines and line break it may end with. */
function lineSpan(lines: Lines, text: string, section: Section): { first: number; last: number } {
  let end = section.end;
  while (end > section.start && /\s/.test(text[end - 1] ?? '')) end--;
  // The section's own line number is the line its start is on.
  const first = section.line;
  return { first, last: Math.max(first, lines.lineOf(end)) };
}

function symbolOf(lines: Lines, text: string, section: Section): vscode.DocumentSymbol {
  const { first, last } = lineSpan(lines, text, section);
  const range = new vscode.Range(first, 0, last, lines.lengthOf(last));
  const selection = new vscode.Range(first, 0, first, first === last ? range.end.character : lines.lengthOf(first));
  const name = section.kind === 'paragraph' ? firstWords(section.text) : section.text.trim();
  const symbol = new vscode.DocumentSymbol(name || section.kind, section.kind, SYMBOL_KIND[section.kind], range, selection);
  symbol.children = section.children.map((child) => symbolOf(lines, text, child));
  return symbol;
}

const SYMBOLS_PER_TURN = 500;

/** Outline, breadcrumbs and sticky scroll all ask for the symbols: made once per analysis. */
const symbolsOf = new WeakMap<Analysis, vscode.DocumentSymbol[]>();

class BriefingOutline implements vscode.DocumentSymbolProvider, vscode.FoldingRangeProvider {
  constructor(private readonly analyses: DocumentAnalyses) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const analysis = await this.analyses.current(document, token);
    let symbols = symbolsOf.get(analysis);
    if (!symbols) {
      const text = this.analyses.textOf(document, analysis);
      const lines = new Lines(text, analysis);
      symbols = [];
      // A book-length briefing has thousands of sections: they are made a batch per turn of the event loop.
      let made = 0;
      for (const section of analysis.sections) {
        if (made >= SYMBOLS_PER_TURN) {
          made = 0;
          await this.analyses.nextTurn();
          if (token.isCancellationRequested || document.isClosed) throw new vscode.CancellationError();
        }
        symbols.push(symbolOf(lines, text, section));
        made += 1 + section.children.length;
      }
      symbolsOf.set(analysis, symbols);
    }
    return symbols;
  }

  async provideFoldingRanges(
    document: vscode.TextDocument,
    _context: vscode.FoldingContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.FoldingRange[]> {
    const analysis = await this.analyses.current(document, token);
    const text = this.analyses.textOf(document, analysis);
    const lines = new Lines(text, analysis);
    const ranges: vscode.FoldingRange[] = [];
    const visit = (section: Section) => {
      if (section.kind === 'section' || section.kind === 'paragraph') {
        const { first, last } = lineSpan(lines, text, section);
        if (last > first) ranges.push(new vscode.FoldingRange(first, last, vscode.FoldingRangeKind.Region));
      }
      section.children.forEach(visit);
    };
    analysis.sections.forEach(visit);
    return ranges;
  }
}

export function registerOutline(deps: { analyses: DocumentAnalyses; settings: Settings }): vscode.Disposable {
  return deps.settings.toggle('outline', () => {
    const provider = new BriefingOutline(deps.analyses);
    const selector = { language: LANGUAGE_ID };
    return vscode.Disposable.from(
      vscode.languages.registerDocumentSymbolProvider(selector, provider, { label: 'Briefing' }),
      vscode.languages.registerFoldingRangeProvider(selector, provider),
    );
  });
}
