/**
 * Inline control, the remark way: `<!--lint disable pair-->`,
 * `<!--lint enable pair-->`, `<!--lint ignore title-->` (the next node only) and
 * the same without rule ids (every rule). Rule ids may carry our prefix
 * (`tdd-prompt-lint:pair`). Runs after the rules: it filters the file's messages,
 * so a suite-level finding that lands on a file obeys that file's comments.
 */
import type {Root} from 'mdast'
import {commentMarker} from 'mdast-comment-marker'
import type {Plugin} from 'unified'
import {messageControl} from 'unified-message-control'
import {source} from './rule.js'

const prefix = source + ':'

/** `commentMarker`, with our prefix taken off rule ids. */
function marker(node: Parameters<typeof commentMarker>[0]): ReturnType<typeof commentMarker> {
  const value = (node as {value?: unknown}).value
  if (typeof value !== 'string' || !value.includes(prefix)) return commentMarker(node)
  const found = commentMarker({
    ...(node as object),
    value: value.replaceAll(prefix, '')
  } as typeof node)
  return found && {...found, node: node as typeof found.node}
}

const inlineControl: Plugin<[], Root> = function () {
  return function (tree, file) {
    // Most prompts have no marker: skip the walk unless a comment could name one.
    if (file.messages.length === 0 || !/<!--\s*lint\b/.test(String(file.value ?? ''))) return
    // unified-message-control drops messages after the last leaf (a "gap" up to the
    // end of the tree): a finding on the destination of a document's last link
    // stands there. Without the root's end offset there is no such gap.
    const end = tree.position && {...tree.position.end, offset: undefined}
    const root: Root = end ? {...tree, position: {start: tree.position!.start, end}} : tree
    messageControl(root, {
      file,
      marker,
      name: 'lint',
      source: [source],
      test: ['html', 'comment', 'mdxFlowExpression', 'mdxTextExpression']
    })
  }
}

export default inlineControl
