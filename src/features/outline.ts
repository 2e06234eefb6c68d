// Outline, breadcrumbs and Go to Symbol from the engine's sections; folding for sections and
// paragraphs.
import * as vscode from 'vscode';
import { firstWords } from '../core/snippet';
import type { Section, SectionKind } from '../core/types';
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

/** Lines [first, last] a section covers, not counting the blank lines and line break it may end with. */
function lineSpan(document: vscode.TextDocument, text: string, section: Section): { first: number; last: number } {
  let end = section.end;
  while (end > section.start && /\s/.test(text[end - 1] ?? '')) end--;
  const first = document.positionAt(section.start).line;
  return { first, last: Math.max(first, document.positionAt(end).line) };
}

function symbolOf(document: vscode.TextDocument, text: string, section: Section): vscode.DocumentSymbol {
  const { first, last } = lineSpan(document, text, section);
  const range = new vscode.Range(first, 0, last, document.lineAt(last).text.length);
  const headLine = document.lineAt(first).range;
  const selection = range.intersection(headLine) ?? range;
  const name = section.kind === 'paragraph' ? firstWords(section.text) : section.text.trim();
  const symbol = new vscode.DocumentSymbol(name || section.kind, section.kind, SYMBOL_KIND[section.kind], range, selection);
  symbol.children = section.children.map((child) => symbolOf(document, text, child));
  return symbol;
}

class BriefingOutline implements vscode.DocumentSymbolProvider, vscode.FoldingRangeProvider {
  constructor(private readonly analyses: DocumentAnalyses) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const analysis = await this.analyses.current(document, token);
    const text = document.getText();
    return analysis.sections.map((section) => symbolOf(document, text, section));
  }

  async provideFoldingRanges(
    document: vscode.TextDocument,
    _context: vscode.FoldingContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.FoldingRange[]> {
    const analysis = await this.analyses.current(document, token);
    const text = document.getText();
    const ranges: vscode.FoldingRange[] = [];
    const visit = (section: Section) => {
      if (section.kind === 'section' || section.kind === 'paragraph') {
        const { first, last } = lineSpan(document, text, section);
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
