/** Well-formedness in Node: every tag closes in order (no XML parser among the deck's packages). */
export function wellFormed(svg: string): boolean {
  const stack: string[] = []
  const body = svg.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')
  for (const m of body.matchAll(/<(\/?)([a-z][\w:-]*)\b[^>]*?(\/?)>/gi)) {
    // Attributes: name="value" with no quote or < inside the value.
    if (!/^<\/?[a-z][\w:-]*(?:\s+[\w:-]+="[^"<]*")*\s*\/?>$/i.test(m[0])) return false
    if (m[3]) continue
    if (!m[1]) stack.push(m[2])
    else if (stack.pop() !== m[2]) return false
  }
  return stack.length === 0 && !/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;|#x[0-9a-f]+;)/i.test(body)
}
