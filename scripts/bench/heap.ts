/**
 * The JS heap after garbage collection, and what a leak check needs beyond its size:
 * compiled code grows as V8 optimises the same functions over repeated scrolls, which is
 * not a leak, so the check looks at the heap without code, and at DOM nodes and listeners.
 */
import type { CDPSession } from "@playwright/test";

export interface HeapPoint {
  /** V8 heap in use after GC (Runtime.getHeapUsage usedSize). */
  used: number;
  /** Of the heap snapshot, bytes of compiled code (bytecode, machine code and their metadata). */
  code: number;
  /** Live DOM nodes and JS event listeners (Memory.getDOMCounters). */
  nodes: number;
  listeners: number;
}

interface HeapSnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: unknown[] } };
  nodes: number[];
}

/** Sums a V8 heap snapshot's self sizes by node type (object, code, string, array, …). */
export function sizesByType(snapshot: HeapSnapshotJson): Record<string, number> {
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0] as string[];
  const typeAt = fields.indexOf("type");
  const sizeAt = fields.indexOf("self_size");
  if (typeAt < 0 || sizeAt < 0 || !Array.isArray(types)) throw new Error("not a V8 heap snapshot");
  const out: Record<string, number> = {};
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + typeAt]!] ?? "unknown";
    out[type] = (out[type] ?? 0) + snapshot.nodes[i + sizeAt]!;
  }
  return out;
}

async function takeSnapshot(cdp: CDPSession): Promise<HeapSnapshotJson> {
  const chunks: string[] = [];
  const collect = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on("HeapProfiler.addHeapSnapshotChunk", collect);
  try {
    await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
  } finally {
    cdp.off("HeapProfiler.addHeapSnapshotChunk", collect);
  }
  return JSON.parse(chunks.join("")) as HeapSnapshotJson;
}

/** Forces full GCs, then reads the heap's size, its compiled code and the DOM counters. */
export async function heapAfterGc(cdp: CDPSession): Promise<HeapPoint> {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const counters = await cdp.send("Memory.getDOMCounters");
  const code = sizesByType(await takeSnapshot(cdp)).code ?? 0;
  return { used: usedSize, code, nodes: counters.nodes, listeners: counters.jsEventListeners };
}

export interface HeapGrowth {
  afterOne: HeapPoint;
  afterThree: HeapPoint;
  /** Growth of the whole heap. */
  growth: number;
  /** Growth without compiled code: what a leak would show. */
  growthWithoutCode: number;
  nodesGrowth: number;
  listenersGrowth: number;
}

export function heapGrowth(afterOne: HeapPoint, afterThree: HeapPoint): HeapGrowth {
  return {
    afterOne,
    afterThree,
    growth: afterThree.used - afterOne.used,
    growthWithoutCode: afterThree.used - afterThree.code - (afterOne.used - afterOne.code),
    nodesGrowth: afterThree.nodes - afterOne.nodes,
    listenersGrowth: afterThree.listeners - afterOne.listeners,
  };
}
