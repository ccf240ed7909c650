/** The validated, resolved configuration every other module works from. */

export type Action = 'pass' | 'warn' | 'block';

/** Where a value was written, for messages that point at the config. */
export interface SourceRef {
  file: string;
  line: number;
  column?: number;
}

export interface BurnRateAlert {
  /** Long window as written, e.g. "1h", and in seconds. */
  long: string;
  longSeconds: number;
  short: string;
  shortSeconds: number;
  /** Exactly one of budgetConsumed / factor is set, as the user wrote it. */
  budgetConsumed?: number;
  factor?: number;
  action: 'block' | 'warn';
}

/** Block whenever the burn rate over `window` is above `factor`. */
export interface MaxBurnRate {
  factor: number;
  /** Window as written, e.g. "1h", and in seconds. */
  window: string;
  windowSeconds: number;
}

export interface Policy {
  budgetExhausted: 'block' | 'warn';
  /** Remaining budget fraction below which the SLO warns (0.25 = 25 %). */
  budgetWarnBelow: number;
  /** Remaining budget fraction below which the SLO blocks; absent: off. */
  budgetBlockBelow?: number;
  burnRateAlerts: BurnRateAlert[];
  /** Absent: off. */
  maxBurnRate?: MaxBurnRate;
  /** Fewer events than this in a window: that window is not judged. */
  minEvents: number;
  onPrometheusError: Action;
}

export type Sli =
  { kind: 'events'; errorQuery: string; totalQuery: string } | { kind: 'raw'; errorRatioQuery: string };

export interface SloDefinition {
  name: string;
  /** Objective as a fraction: 99.9 % is 0.999. */
  objective: number;
  /** The SLO period as written ("30d") and in seconds. */
  window: string;
  windowSeconds: number;
  /** Query templates with Sloth's `{{.window}}` placeholder, not yet substituted. */
  sli: Sli;
  /** Label names to break errors down by (already validated as label names). */
  attribution: string[];
  onNoData: Action;
  /** Global policy with this SLO's overrides applied. */
  policy: Policy;
  source: SourceRef;
}

export interface PrometheusConfig {
  /** Base URL, may carry a path prefix (".../prometheus" for Mimir); no trailing slash. */
  url: string;
  headers: Record<string, string>;
  bearerTokenFile?: string;
  basicAuth?: { username: string; password?: string; passwordFile?: string };
  tls?: { caFile?: string; certFile?: string; keyFile?: string; insecureSkipVerify?: boolean };
  timeoutMs: number;
  /** Attempts after the first one, for retryable failures. */
  retries: number;
  /** Queries in flight at once. */
  concurrency: number;
}

export type RuleSeverityOverride = 'off' | 'error' | 'warning' | 'info';

export interface GateConfig {
  /** The file the config was read from (as given by the user). */
  file: string;
  prometheus?: PrometheusConfig;
  slos: SloDefinition[];
  mode: 'enforce' | 'advisory';
  manifests: ManifestsConfig;
  /**
   * Settings that load but probably do not mean what was written, as `file:line:column: ...`
   * lines; every gate run prints them. loadConfig always sets it.
   */
  warnings?: string[];
}

/** Where a cluster component runs, for rules that reason about traffic to or from it. */
export interface PodsLocation {
  namespace: string;
  podLabels: Record<string, string>;
}

export interface ManifestsConfig {
  paths: string[];
  rules: Record<string, RuleSeverityOverride>;
  /** Namespace of resources that name none (--namespace wins). */
  namespace?: string;
  /** References that may point outside the bundle are errors (--strict-references wins). */
  strictReferences?: boolean;
  /** Cluster DNS, for netpol-dns-egress-blocked (default kube-system, k8s-app=kube-dns). */
  dns?: PodsLocation;
  /** The ingress controller, for netpol-blocks-ingress-backend (default ingress-nginx). */
  ingressController?: PodsLocation;
}
