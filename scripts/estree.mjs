// Small helpers for the build's rollup plugins, which read the code rollup parses (ESTree).

/** Calls `visit` on every node of an ESTree tree. */
export function walk(node, visit) {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => child && typeof child.type === 'string' && walk(child, visit));
    else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

/** Every `key: …` property written in the options object of a `msg(template, { … })` call. */
export function msgOptions(ast, key) {
  const found = [];
  walk(ast, (node) => {
    if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'msg') return;
    const options = node.arguments[1];
    if (options?.type !== 'ObjectExpression') return;
    for (const property of options.properties) {
      if (property.type === 'Property' && !property.computed && property.key.type === 'Identifier' && property.key.name === key) found.push(property);
    }
  });
  return found;
}
