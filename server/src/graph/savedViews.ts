import { readRows, readTx, writeTx, type GraphContext } from "./GraphContext.ts";
import { GraphError } from "./GraphError.ts";
import { recordAudit } from "./recordAudit.ts";

export interface SavedViewRow { id: string; title: string; caption: string | null; state: string; createdAt: string; updatedAt: string }
export interface StoryRow { id: string; title: string; updatedAt: string; steps: { view: SavedViewRow | null; caption: string | null }[] }

/** Views and stories are not part of the knowledge graph: they carry no :Entity label. */
export async function saveView(ctx: GraphContext, v: { id?: string | null; title: string; caption?: string | null; state: string }, actor: string): Promise<SavedViewRow> {
  return writeTx(ctx, async (tx) => {
    const res = await tx.run(
      `CALL () {
         WITH $id AS given WHERE given IS NOT NULL
         MATCH (v:SavedView {id: given}) RETURN v
         UNION
         WITH $id AS given WHERE given IS NULL
         CREATE (v:SavedView {id: 'view:' + randomUUID(), createdAt: toString(datetime())}) RETURN v
       }
       SET v.title = $title, v.caption = $caption, v.state = $state, v.updatedAt = toString(datetime()), v.savedBy = $actor
       RETURN v {.id, .title, .caption, .state, .createdAt, .updatedAt} AS v`,
      { id: v.id ?? null, title: v.title, caption: v.caption ?? null, state: v.state, actor },
    );
    const row = res.records[0]?.get("v") as SavedViewRow | undefined;
    if (!row) throw new GraphError("NOT_FOUND", `no saved view ${v.id}`);
    await recordAudit(tx, actor, "saveView", row.id, { title: v.title });
    return row;
  });
}

/**
 * A page of saved views, last saved first, and how many there are. Timestamps are compared as
 * datetimes: their strings drop trailing zeros of the fraction ("…01.1Z" sorts after "…01.12Z").
 */
export async function findViews(ctx: GraphContext, offset: number, limit: number): Promise<{ items: SavedViewRow[]; totalCount: number }> {
  const rows = await readRows<{ total: number; page: SavedViewRow[] }>(ctx,
    `MATCH (v:SavedView) WITH v ORDER BY datetime(v.updatedAt) DESC, v.id
     WITH collect(v {.id, .title, .caption, .state, .createdAt, .updatedAt}) AS rows
     RETURN size(rows) AS total, rows[toInteger($offset)..toInteger($offset + $limit)] AS page`, { offset, limit });
  return { items: rows[0]?.page ?? [], totalCount: rows[0]?.total ?? 0 };
}

export async function findView(ctx: GraphContext, id: string): Promise<SavedViewRow | null> {
  const rows = await readRows<{ v: SavedViewRow }>(ctx, "MATCH (v:SavedView {id: $id}) RETURN v {.id, .title, .caption, .state, .createdAt, .updatedAt} AS v", { id });
  return rows[0]?.v ?? null;
}

export async function deleteView(ctx: GraphContext, id: string, actor: string): Promise<boolean> {
  return writeTx(ctx, async (tx) => {
    const r = await tx.run("MATCH (v:SavedView {id: $id}) DETACH DELETE v RETURN count(*) AS n", { id });
    const deleted = (r.records[0]?.get("n") ?? 0) > 0;
    if (deleted) await recordAudit(tx, actor, "deleteView", id, {});
    return deleted;
  });
}

export async function saveStory(ctx: GraphContext, s: { id?: string | null; title: string; steps: { viewId: string; caption?: string | null }[] }, actor: string): Promise<StoryRow> {
  const id = await writeTx(ctx, async (tx) => {
    const missing = await tx.run("UNWIND $ids AS id WITH id WHERE NOT EXISTS { MATCH (:SavedView {id: id}) } RETURN collect(id) AS missing", { ids: s.steps.map((x) => x.viewId) });
    const gone = missing.records[0]?.get("missing") as string[];
    if (gone.length) throw new GraphError("BAD_USER_INPUT", `no saved view ${gone.join(", ")}`);
    const res = await tx.run(
      `CALL () {
         WITH $id AS given WHERE given IS NOT NULL
         MATCH (s:Story {id: given}) RETURN s
         UNION
         WITH $id AS given WHERE given IS NULL
         CREATE (s:Story {id: 'story:' + randomUUID(), createdAt: toString(datetime())}) RETURN s
       }
       SET s.title = $title, s.stepViewIds = $viewIds, s.stepCaptions = $captions, s.updatedAt = toString(datetime()), s.savedBy = $actor
       RETURN s.id AS id`,
      { id: s.id ?? null, title: s.title, viewIds: s.steps.map((x) => x.viewId), captions: s.steps.map((x) => x.caption ?? ""), actor },
    );
    const saved = res.records[0]?.get("id") as string | undefined;
    if (!saved) throw new GraphError("NOT_FOUND", `no story ${s.id}`);
    await recordAudit(tx, actor, "saveStory", saved, { title: s.title, steps: s.steps.length });
    return saved;
  });
  return (await findStory(ctx, id))!;
}

const STORY_RETURN = `RETURN s.id AS id, s.title AS title, s.updatedAt AS updatedAt,
  [i IN range(0, size(s.stepViewIds) - 1) | {
     caption: CASE s.stepCaptions[i] WHEN '' THEN null ELSE s.stepCaptions[i] END,
     view: head(COLLECT { MATCH (v:SavedView {id: s.stepViewIds[i]}) RETURN v {.id, .title, .caption, .state, .createdAt, .updatedAt} })
  }] AS steps`;

export async function findStory(ctx: GraphContext, id: string): Promise<StoryRow | null> {
  const rows = await readRows<StoryRow & Record<string, unknown>>(ctx, `MATCH (s:Story {id: $id}) ${STORY_RETURN}`, { id });
  return rows[0] ?? null;
}

/** A page of stories, last saved first, and how many there are. */
export async function findStories(ctx: GraphContext, offset: number, limit: number): Promise<{ items: StoryRow[]; totalCount: number }> {
  return readTx(ctx, async (tx) => {
    const total = await tx.run("MATCH (s:Story) RETURN count(s) AS n");
    const page = await tx.run(
      `MATCH (s:Story) WITH s ORDER BY datetime(s.updatedAt) DESC, s.id SKIP toInteger($offset) LIMIT toInteger($limit) ${STORY_RETURN}`,
      { offset, limit },
    );
    return { items: page.records.map((r) => r.toObject() as StoryRow), totalCount: total.records[0]?.get("n") as number };
  });
}

export async function deleteStory(ctx: GraphContext, id: string, actor: string): Promise<boolean> {
  return writeTx(ctx, async (tx) => {
    const r = await tx.run("MATCH (s:Story {id: $id}) DETACH DELETE s RETURN count(*) AS n", { id });
    const deleted = (r.records[0]?.get("n") ?? 0) > 0;
    if (deleted) await recordAudit(tx, actor, "deleteStory", id, {});
    return deleted;
  });
}
