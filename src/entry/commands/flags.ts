/** The options commander parses for each command (src/entry/cli.ts), as the command modules take them. */
import { InvalidArgumentError } from 'commander';

export const DEFAULT_CONFIG = 'slo-gate.yaml';

/** The argument of --prometheus-url, checked as commander parses it. */
export function validUrl(text: string): string {
  if (!/^https?:\/\/[^\s/]+/.test(text)) throw new InvalidArgumentError('expected an http(s):// URL');
  return text;
}

export interface OutputFlags {
  format: 'text' | 'json' | 'markdown' | 'sarif';
  output?: string;
  failOn: 'block' | 'warn';
  color?: boolean;
}

export interface ManifestFlags {
  namespace?: string;
  strictReferences?: boolean;
}

export interface GateFlags extends OutputFlags, ManifestFlags {
  config: string;
  at?: string;
  prometheusUrl?: string;
  verbose?: boolean;
  manifests?: string[];
  /** --max-duration in seconds. */
  maxDuration?: number;
}

export interface ValidateFlags extends OutputFlags, ManifestFlags {
  config?: string;
  verbose?: boolean;
}

export interface HookFlags extends GateFlags {
  argocdApp?: string;
  terminationLog?: string;
  pushgateway?: string;
  eventTarget?: string;
  annotate?: string;
}

export interface RulesFlags {
  format: 'text' | 'markdown' | 'json';
}

export interface NetpolExplainFlags {
  manifests: string[];
  config?: string;
  namespace?: string;
  from: string;
  to: string;
  port: string;
  format: 'text' | 'json';
  output?: string;
}

export interface NetpolDiffFlags {
  manifests?: string[];
  baseline: string;
  config?: string;
  /** network.observed: the time the traffic is read at, and the Prometheus asked. */
  at?: string;
  prometheusUrl?: string;
  namespace?: string;
  format: 'text' | 'markdown' | 'json' | 'sarif';
  output?: string;
  failOn: 'block' | 'warn';
}

export interface NetpolListFlags {
  manifests: string[];
  config?: string;
  namespace?: string;
  format: 'text' | 'markdown' | 'json';
  output?: string;
}
