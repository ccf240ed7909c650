/** The configuration as read from slo-gate.yaml (the SLOs it compiles to are model/'s SloDefinition). */
import type { Sli, SloDefinition } from '../model/index.js';

export interface PrometheusConfig {
  /** Base URL, may carry a path prefix (".../prometheus" for Mimir); no trailing slash. */
  url: string;
  headers: Record<string, string>;
  bearerTokenFile?: string;
  basicAuth?: { username: string; password?: string; passwordFile?: string };
  tls?: { caFile?: string; certFile?: string; keyFile?: string; insecureSkipVerify?: boolean };
  timeoutMs: number;
  /**
   * The SLO period's raw queries (the heaviest: 30 days of samples) get their own timeout and
   * connection pool; absent: they share `timeoutMs` with every query.
   */
  periodTimeoutMs?: number;
  /**
   * A raw period query estimated (from the samples of the last hour) to read more samples is not
   * sent; absent: no estimate. Prometheus's own --query.max-samples default is 50,000,000.
   */
  maxPeriodSamples?: number;
  /**
   * Where the backend is a query-frontend kind (Thanos, Mimir, Cortex), a run's evaluation time is
   * rounded down to a multiple of this, so that runs within it ask identical queries; 0: the exact
   * time. An explicit --at is never moved. Absent: 0.
   */
  alignTimeMs?: number;
  /** Attempts after the first one, for retryable failures. */
  retries: number;
  /** Queries in flight at once. */
  concurrency: number;
}

export type RuleSeverityOverride = 'off' | 'error' | 'warning' | 'info';

/** `S`: the SLI kinds its SLOs may have; a gate run hands on `GateConfig<MeasurableSli>`, every SLI resolved. */
export interface GateConfig<S extends Sli = Sli> {
  /** The file the config was read from (as given by the user). */
  file: string;
  prometheus?: PrometheusConfig;
  /**
   * The file is a Sloth, OpenSLO or Pyrra spec used as the config: it has no prometheus: section,
   * so the URL can only come from the command line (or a slo-gate.yaml that includes it).
   */
  importedSpec?: boolean;
  slos: SloDefinition<S>[];
  mode: 'enforce' | 'advisory';
  manifests: ManifestsConfig;
  /** The hook's root-cause hints (defaults in config/defaults.ts when absent). */
  hints?: HintsConfig;
  /** NetworkPolicy impact settings (`netpol diff`); absent when the config has no network section. */
  network?: NetworkConfig;
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
  /** Where each of `paths` is written in the config file, so a missing one gets a line. */
  pathPositions?: { line: number; column: number }[];
  rules: Record<string, RuleSeverityOverride>;
  /** Where each key of `rules` is written in the config file, so an unknown rule id gets a line. */
  rulePositions?: Record<string, { line: number; column: number }>;
  /** Namespace of resources that name none (--namespace wins). */
  namespace?: string;
  /** References that may point outside the bundle are errors (--strict-references wins). */
  strictReferences?: boolean;
  /** Cluster DNS, for netpol-dns-egress-blocked (default kube-system, k8s-app=kube-dns). */
  dns?: PodsLocation;
  /** The ingress controller, for netpol-blocks-ingress-backend (default ingress-nginx). */
  ingressController?: PodsLocation;
  /** Registry/prefixes container images must come from, for image-not-allowed. */
  images?: { allow: string[] };
}

/** Labels of the kube-state-metrics and cAdvisor series the workload metrics select on. */
export interface MetricsLabels {
  namespaceLabel: string;
  podLabel: string;
  containerLabel: string;
}

export interface HintsConfig {
  metrics: MetricsLabels;
  /** Working set over this share of the memory limit for the last hour warns "OOMKilled is likely". */
  memorySaturation: number;
}

/** A connection a release must not cut: `network.required` of the config. */
export interface RequiredConnection {
  /** A workload name, or namespace/name. */
  from: string;
  to: string;
  /** 8080 or "53/UDP"; absent: any port. */
  port?: number | string;
  /** Where the entry is written. */
  line?: number;
}

export interface NetworkConfig {
  /**
   * `check` compares the manifests' connectivity with this folder or git ref (the report's `netpol`);
   * `live`: the hook compares with the cluster's policies and workloads.
   */
  baseline?: string;
  required: RequiredConnection[];
  /** Labels of namespaces the manifests do not declare. */
  namespaceLabels: Record<string, Record<string, string>>;
  /** The pod network's CIDRs: ipBlocks overlapping them are reported as undecidable for pods. */
  podNetworks: string[];
  /** Traffic Prometheus saw over `window`: removed connections that carried it block. */
  observed?: ObservedTrafficConfig;
}

/** Whose flow or request metrics Prometheus has: Istio, Linkerd or Cilium Hubble. */
export type ObservedMetrics = 'istio' | 'linkerd' | 'hubble';

export interface ObservedTrafficConfig {
  metrics: ObservedMetrics;
  /** A Prometheus duration, checked at load ("1h"). */
  window: string;
}
