/** Whether a query yields solutions (SELECT, ASK) or a graph (CONSTRUCT, DESCRIBE). */
export function queryForm(sparql: string): 'solutions' | 'graph' {
  // Strip comments, IRIs and strings so that a keyword inside them cannot decide the form.
  const code = sparql
    .replace(/<[^>\s]*>/g, ' ')
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, ' ')
    .replace(/#[^\n]*/g, ' ');
  const form = /\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.exec(code)?.[1]?.toUpperCase();
  if (!form) throw new SyntaxError('Not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE found');
  return form === 'CONSTRUCT' || form === 'DESCRIBE' ? 'graph' : 'solutions';
}
