import { createRequire as __sloGateCreateRequire } from 'node:module'; const require = __sloGateCreateRequire(import.meta.url);
import {
  Context,
  GitHub,
  getOctokitOptions
} from "../chunks/chunk-KRE626LR.js";
import "../chunks/chunk-YH7C4ULE.js";
import "../chunks/chunk-YA6DW627.js";

// node_modules/@actions/github/lib/github.js
var context = new Context();
function getOctokit(token, options, ...additionalPlugins) {
  const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
  return new GitHubWithPlugins(getOctokitOptions(token, options));
}
export {
  context,
  getOctokit
};
