/**
 * Cluster DNS names as the kubelet sets them up in a pod: /etc/resolv.conf lists the nameserver
 * (the kube-dns Service's ClusterIP) and the search list "<namespace>.svc.<domain> svc.<domain>
 * <domain>", which is where the cluster domain is read from. Pure.
 */

export const DEFAULT_CLUSTER_DOMAIN = 'cluster.local';

export interface PodResolvConf {
  /** First nameserver, as written. */
  nameserver?: string;
  search: string[];
  /** The cluster domain from the "svc.<domain>" search entry; undefined outside a pod of a cluster. */
  clusterDomain?: string;
}

export function parseResolvConf(text: string): PodResolvConf {
  let nameserver: string | undefined;
  let search: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/[#;].*$/, '').trim();
    const [keyword, ...values] = line.split(/\s+/);
    if (keyword === 'nameserver' && !nameserver && values[0]) nameserver = values[0];
    if (keyword === 'search' || keyword === 'domain') search = values;
  }
  const svc = search.find((entry) => entry.startsWith('svc.') && entry.length > 4);
  return { nameserver, search, ...(svc ? { clusterDomain: svc.slice(4) } : {}) };
}

/** "kubernetes.default.svc.cluster.local": the API server's Service, which every cluster has. */
export function apiServerName(domain: string): string {
  return `kubernetes.default.svc.${domain}`;
}

/** "<service>.<namespace>.svc.<domain>" */
export function serviceName(namespace: string, name: string, domain: string): string {
  return `${name}.${namespace}.svc.${domain}`;
}

export interface DnsServer {
  host: string;
  port: number;
}

/** "10.96.0.10", "10.96.0.10:53", "[fd00::a]:53", "127.0.0.1:5353" */
export function parseDnsServer(text: string): DnsServer | undefined {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  const plain = /^([^:]+)(?::(\d+))?$/.exec(text);
  const ipv6 = /^[0-9a-f:]+$/i.test(text) && text.includes(':') ? [text, text, undefined] : undefined;
  const match = bracketed ?? plain ?? ipv6;
  if (!match) return undefined;
  const port = match[2] === undefined ? 53 : Number(match[2]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return undefined;
  return { host: match[1]!, port };
}
