/** The container images of a bundle's pod templates, with where each is written. */
import { isRecord } from '../../k8s/labels.js';
import type { Bundle, Path, Resource } from '../../model/index.js';
import { podTemplateOf } from '../bundle.js';

export interface ContainerImage {
  resource: Resource;
  /** Path to the container's `image` field. */
  path: Path;
  container: string;
  image: string;
}

const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const;

/** Every container image of every pod template (workloads and bare Pods), in bundle order. */
export function containerImages(bundle: Bundle): ContainerImage[] {
  const images: ContainerImage[] = [];
  for (const resource of bundle.resources) {
    const template = podTemplateOf(resource);
    if (!template) continue;
    for (const list of CONTAINER_LISTS) {
      const containers = template.spec[list];
      if (!Array.isArray(containers)) continue;
      containers.forEach((container, index) => {
        if (!isRecord(container) || typeof container.image !== 'string') return;
        images.push({
          resource,
          path: [...template.specPath, list, index, 'image'],
          container: typeof container.name === 'string' ? container.name : `#${index}`,
          image: container.image,
        });
      });
    }
  }
  return images;
}
