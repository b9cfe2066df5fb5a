import { Migration } from '@mikro-orm/migrations';

/**
 * A search page in one pass over the matches. Returning every matching id (`subject_search_ids`)
 * made the caller look each match up again by primary key, under row-level security, only to
 * count them and sort them for one page: at 2,000 matches that was most of the time. This
 * function filters, counts and sorts inside the one bitmap scan of the trigram index and returns
 * only the page's ids, each with the total. A page past the last one returns a single row with
 * a null id and the total.
 *
 * The subquery fenced with `offset 0` keeps the planner from walking the name index in order
 * to stop after one page: the window that counts every match reads them all anyway. It keeps
 * only the id and the sort columns of each match.
 */
export const PAGE_FUNCTION = `create function registry.subject_search_page(p_terms jsonb, p_last_name text, p_custom jsonb, p_filter jsonb, p_order text[], p_limit int, p_offset int)
  returns table (id uuid, total bigint) language plpgsql stable security definer set search_path = registry, pg_temp rows 25
  as $$
  declare
    v_tenant uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
    v_from text := ' from registry.subject s where s.tenant_id = $1 and s.archived_at is null';
    v_order text := '';
    v_columns text := 's.id';
    v_term text;
    v_prefix text := registry.search_fold(p_last_name);
    v_filter jsonb := coalesce(p_filter, '{}'::jsonb);
    i int;
  begin
    if v_tenant is null then return; end if;
    for v_term in select registry.search_fold(t) from jsonb_array_elements_text(coalesce(p_terms, '[]'::jsonb)) t loop
      if v_term <> '' then
        v_from := v_from || format(' and s.search_text like %L', '%' || v_term || '%');
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
    -- Sort: pairs of column and direction, only these columns (the function runs as the owner).
    for i in 1 .. coalesce(array_length(p_order, 1), 0) / 2 loop
      if p_order[2 * i - 1] not in ('last_name', 'first_name', 'fiscal_code', 'birth_date', 'created_at', 'updated_at', 'id')
         or p_order[2 * i] not in ('asc', 'desc') then
        raise exception 'invalid sort: % %', p_order[2 * i - 1], p_order[2 * i] using errcode = '22023';
      end if;
      v_order := v_order || case when i = 1 then ' order by ' else ', ' end
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

const SIGNATURE = 'registry.subject_search_page(jsonb, text, jsonb, jsonb, text[], int, int)';

export class Migration20261126153000_registry_search_page extends Migration {
  override async up(): Promise<void> {
    this.addSql(PAGE_FUNCTION);
    // Only the registry service role may call it (default privileges grant it EXECUTE).
    this.addSql(`revoke all on function ${SIGNATURE} from public;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists ${SIGNATURE};`);
  }
}
