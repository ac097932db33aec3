/**
 * A Maven project's `artifactId`, read from pom.xml with tree-sitter-xml (WebAssembly, on the
 * tree-sitter runtime the shell grammar uses; loaded with the translation, which alone needs it).
 */
import { loadTreeSitterRuntime } from '../../shell/index.js';

const { loadGrammar } = await loadTreeSitterRuntime();
// The grammar ships in @cursorless/tree-sitter-wasms; the bundle carries a copy next to itself.
const parser = await loadGrammar('tree-sitter-xml.wasm', '@cursorless/tree-sitter-wasms/out');

type XmlNode = NonNullable<ReturnType<typeof parser.parse>>['rootNode'];

const tagName = (element: XmlNode): string | undefined => element.namedChildren.find((child) => child?.type === 'STag' || child?.type === 'EmptyElemTag')?.namedChildren.find((child) => child?.type === 'Name')?.text;
const childElements = (element: XmlNode): XmlNode[] => element.namedChildren.find((child) => child?.type === 'content')?.namedChildren.filter((child): child is XmlNode => child?.type === 'element') ?? [];

/**
 * `<project><artifactId>NAME</artifactId>`: the project's own, not its `<parent>`'s. Undefined when
 * the file is not a POM, or the value is more than plain text (an entity, a `${property}`).
 */
export function pomArtifactId(text: string): string | undefined {
  const tree = parser.parse(text);
  if (!tree) return undefined;
  try {
    const root = tree.rootNode.childForFieldName('root');
    if (!root || tagName(root) !== 'project') return undefined;
    const artifact = childElements(root).find((element) => tagName(element) === 'artifactId');
    const parts = artifact?.namedChildren.find((child) => child?.type === 'content')?.namedChildren ?? [];
    if (parts.length === 0 || parts.some((part) => part?.type !== 'CharData')) return undefined;
    const value = parts.map((part) => part!.text).join('').trim();
    return value === '' || value.includes('${') ? undefined : value;
  } finally {
    tree.delete();
  }
}
