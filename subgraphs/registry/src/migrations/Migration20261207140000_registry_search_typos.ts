import { Migration } from '@mikro-orm/migrations';
import { PAGE_FUNCTION } from './Migration20261126153000_registry_search_page';

/**
 * A word and every word one deletion away from it ("hoxa" → hoxa, oxa, hxa, hoa, hox). Two words
 * within one edit of each other (insertion, deletion, substitution or transposition of two
 * neighbours) always share one of these keys: the index finds the candidates, `within_one_edit`
 * keeps the true ones (two deletions at different places may share a key too).
 */
const TYPO_KEYS = `create function registry.typo_keys(p_word text) returns text[]
  language sql immutable parallel safe strict
  as $$ select array(select p_word union select overlay(p_word placing '' from i for 1)
                       from generate_series(1, length(p_word)) i) $$;`;

/**
 * The typo keys of every word of three letters or more of a last name, and each word itself
 * marked with "=" (never a key: keys are letters and digits) for `typo_words_within_one_edit`.
 * First names are left out: so many of them come in pairs one letter apart (Mario and Maria,
 * Nicola and Nicolò, Giulio and Giulia) that a typo match on them would mostly find the other name.
 */
const LAST_NAME_TYPO_KEYS = `create function registry.last_name_typo_keys(p_last_name text) returns text[]
  language sql immutable parallel safe strict
  as $$ select array(select distinct k
                       from regexp_split_to_table(registry.search_fold(p_last_name), ' ') w,
                            unnest(registry.typo_keys(w) || ('=' || w)) k
                      where length(w) >= 3) $$;`;

/**
 * Damerau–Levenshtein distance at most 1 (an adjacent transposition counts as one edit). PL/pgSQL:
 * about a microsecond a call, several times less than the same test as an SQL function.
 */
const WITHIN_ONE_EDIT = `create function registry.within_one_edit(p_a text, p_b text) returns boolean
  language plpgsql immutable parallel safe strict
  as $$
  declare
    n int := length(p_a);
    i int;
  begin
    if p_a = p_b then return true; end if;
    if abs(n - length(p_b)) > 1 then return false; end if;
    if public.levenshtein_less_equal(p_a, p_b, 1) <= 1 then return true; end if;
    if n <> length(p_b) then return false; end if;
    for i in 1 .. n - 1 loop
      if substr(p_a, i, 1) <> substr(p_b, i, 1) then
        return substr(p_a, i, 1) = substr(p_b, i + 1, 1) and substr(p_a, i + 1, 1) = substr(p_b, i, 1)
           and substr(p_a, i + 2) = substr(p_b, i + 2);
      end if;
    end loop;
    return false;
  end $$;`;

/** Whether a word of the last name (the keys' "=" entries) is within one edit of `p_word`. */
const TYPO_WORDS_WITHIN_ONE_EDIT = `create function registry.typo_words_within_one_edit(p_keys text[], p_word text) returns boolean
  language plpgsql immutable parallel safe strict
  as $$
  declare
    k text;
  begin
    foreach k in array p_keys loop
      if left(k, 1) = '=' and registry.within_one_edit(substr(k, 2), p_word) then return true; end if;
    end loop;
    return false;
  end $$;`;

/**
 * The search page of `Migration20261126153000_registry_search_page`, tolerant of one typo: a
 * word of four letters or more, without digits, also matches a word of the subject's names
 * within one edit of it ("hoxa" finds Hoxha). A subject that matches every word as it is typed
 * (anywhere in names and code, as before) comes first; one that needs a typo comes after, in
 * the requested order within each group. Words with digits (fiscal codes) and short words match
 * as before, and a search with no such word builds the same statement as before.
 *
 * The typo arm is served by its own GIN index (`subject_tenant_typo_keys`): the planner ORs it
 * with the trigram index, so the statement stays index-driven.
 */
const TYPO_PAGE_FUNCTION = `create or replace function registry.subject_search_page(p_terms jsonb, p_last_name text, p_custom jsonb, p_filter jsonb, p_order text[], p_limit int, p_offset int)
  returns table (id uuid, total bigint) language plpgsql stable security definer set search_path = registry, pg_temp rows 25
  as $$
  declare
    v_tenant uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
    v_from text := ' from registry.subject s where s.tenant_id = $1 and s.archived_at is null';
    v_order text := '';
    v_columns text := 's.id';
    v_term text;
    v_exact text;
    v_all_exact text := '';
    v_prefix text := registry.search_fold(p_last_name);
    v_filter jsonb := coalesce(p_filter, '{}'::jsonb);
    i int;
  begin
    if v_tenant is null then return; end if;
    for v_term in select registry.search_fold(t) from jsonb_array_elements_text(coalesce(p_terms, '[]'::jsonb)) t loop
      v_term := replace(v_term, ' ', '');
      if v_term <> '' then
        v_exact := format('s.search_text like %L', '%' || v_term || '%');
        if length(v_term) >= 4 and v_term !~ '[0-9]' then
          -- The key overlap alone first, then with the distance: PostgreSQL runs cheaper
          -- conditions first, so a row another word rules out never computes a distance.
          v_from := v_from || format(
            ' and (%1$s or s.search_typo_keys && %2$L::text[])'
            ' and (%1$s or (s.search_typo_keys && %2$L::text[] and registry.typo_words_within_one_edit(s.search_typo_keys, %3$L)))',
            v_exact, registry.typo_keys(v_term), v_term);
          v_all_exact := v_all_exact || ' and ' || v_exact;
        else
          v_from := v_from || ' and ' || v_exact;
        end if;
      end if;
    end loop;
    if v_prefix <> '' then
      v_from := v_from || format(' and registry.search_fold(s.last_name) like %L', v_prefix || '%');
    end if;
    if p_custom is not null then v_from := v_from || ' and s.custom_fields @> $2'; end if;
    -- The list's other filters, as parameters: only their presence shapes the statement.
    if v_filter ? 'ids' then
      v_from := v_from || ' and s.id = any(array(select jsonb_array_elements_text($3->''ids''))::uuid[])';
    end if;
    if v_filter ? 'fiscalCode' then v_from := v_from || ' and s.fiscal_code = $3->>''fiscalCode'''; end if;
    if v_filter ? 'sex' then v_from := v_from || ' and s.sex = $3->>''sex'''; end if;
    if v_filter ? 'citizenshipCode' then
      v_from := v_from || ' and s.citizenship_code = $3->>''citizenshipCode''';
    end if;
    if v_filter ? 'residenceMunicipalityCode' then
      v_from := v_from || ' and s.residence_municipality_code = $3->>''residenceMunicipalityCode''';
    end if;
    if v_filter ? 'bornFrom' then v_from := v_from || ' and s.birth_date >= ($3->>''bornFrom'')::date'; end if;
    if v_filter ? 'bornTo' then v_from := v_from || ' and s.birth_date <= ($3->>''bornTo'')::date'; end if;
    -- Typo matches after the exact ones.
    if v_all_exact <> '' then
      v_columns := v_columns || format(', (case when true%s then 0 else 1 end) as typo_rank', v_all_exact);
      v_order := ' order by s.typo_rank';
    end if;
    -- Sort: pairs of column and direction, only these columns (the function runs as the owner).
    for i in 1 .. coalesce(array_length(p_order, 1), 0) / 2 loop
      if p_order[2 * i - 1] not in ('last_name', 'first_name', 'fiscal_code', 'birth_date', 'created_at', 'updated_at', 'id')
         or p_order[2 * i] not in ('asc', 'desc') then
        raise exception 'invalid sort: % %', p_order[2 * i - 1], p_order[2 * i] using errcode = '22023';
      end if;
      v_order := v_order || case when v_order = '' then ' order by ' else ', ' end
        || format('s.%I %s', p_order[2 * i - 1], p_order[2 * i]);
      if p_order[2 * i - 1] <> 'id' then v_columns := v_columns || format(', s.%I', p_order[2 * i - 1]); end if;
    end loop;
    return query execute 'select s.id, count(*) over () from (select ' || v_columns || v_from || ' offset 0) s'
      || v_order || ' limit $4 offset $5'
      using v_tenant, p_custom, v_filter, p_limit, p_offset;
    if not found and p_offset > 0 then
      return query execute 'select null::uuid, count(*)' || v_from using v_tenant, p_custom, v_filter;
    end if;
  end $$;`;

/**
 * Statements run as the system role, which owns the search page (only it may replace it; the
 * owner may act as it but does not inherit its rights). It may create in the schema meanwhile.
 */
function asSystemRole(statement: string): string[] {
  return [
    `do $$ declare r name := current_database() || '_system'; begin
      execute format('grant create on schema registry to %I', r);
      execute format('set local role %I', r);
    end $$;`,
    statement,
    `reset role;`,
    `do $$ begin
      execute format('revoke create on schema registry from %I', current_database() || '_system');
    end $$;`,
  ];
}

/**
 * Subject search tolerant of one typo in a last-name word ("hoxa" finds Hoxha), ranked after the
 * exact matches. fuzzystrmatch (levenshtein) is a trusted extension that provisioning creates
 * with pg_trgm and unaccent; `if not exists` keeps this a no-op there.
 */
export class Migration20261207140000_registry_search_typos extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists fuzzystrmatch schema public;`);
    this.addSql(TYPO_KEYS);
    this.addSql(LAST_NAME_TYPO_KEYS);
    this.addSql(WITHIN_ONE_EDIT);
    this.addSql(TYPO_WORDS_WITHIN_ONE_EDIT);
    // Tenant first, as the trigram index (btree_gin): a typo search reads only its tenant's keys.
    // A stored column, as search_text: rechecking a candidate reads it instead of folding again.
    this.addSql(
      `alter table "registry"."subject" add column "search_typo_keys" text[] generated always as (registry.last_name_typo_keys(last_name)) stored not null;`,
    );
    this.addSql(
      `create index "subject_tenant_typo_keys" on "registry"."subject" using gin ("tenant_id", "search_typo_keys") where "archived_at" is null;`,
    );
    for (const sql of asSystemRole(TYPO_PAGE_FUNCTION)) this.addSql(sql);
  }

  override async down(): Promise<void> {
    const previous = PAGE_FUNCTION.replace('create function', 'create or replace function');
    for (const sql of asSystemRole(previous)) this.addSql(sql);
    this.addSql(`drop index "registry"."subject_tenant_typo_keys";`);
    this.addSql(`alter table "registry"."subject" drop column "search_typo_keys";`);
    this.addSql(`drop function registry.typo_words_within_one_edit(text[], text);`);
    this.addSql(`drop function registry.within_one_edit(text, text);`);
    this.addSql(`drop function registry.last_name_typo_keys(text);`);
    this.addSql(`drop function registry.typo_keys(text);`);
    // fuzzystrmatch stays: provisioning creates it for the whole database.
  }
}
