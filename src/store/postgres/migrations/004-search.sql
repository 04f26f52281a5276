-- Case- and accent-insensitive search (region and text filters of events, src/store/fold.ts):
-- decompose, drop the combining marks (the same blocks as fold.ts's COMBINING_MARKS), lower-case
-- by Unicode's rules (ICU's root locale, as JavaScript's toLowerCase; the database's own collation
-- may be "C", whose lower() folds ASCII only).
CREATE FUNCTION spiral_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT lower(regexp_replace(normalize(t, NFKD),
    '[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g')
    COLLATE "und-x-icu")
$$;

-- A document's span by JavaScript's UTF-16 offsets (records' offsets), for the text filter on
-- evidence that is not a whole stored sentence. Text without astral characters (the usual case)
-- has one unit per character; otherwise the offsets are walked character by character.
CREATE FUNCTION spiral_js_slice(t text, s integer, e integer)
RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  units integer := 0;
  i integer := 1;
  first integer := NULL;
  n integer := length(t);
BEGIN
  IF t !~ '[\U00010000-\U0010ffff]' THEN
    RETURN substr(t, s + 1, greatest(e - s, 0));
  END IF;
  WHILE i <= n AND units < e LOOP
    IF first IS NULL AND units >= s THEN first := i; END IF;
    units := units + CASE WHEN ascii(substr(t, i, 1)) > 65535 THEN 2 ELSE 1 END;
    i := i + 1;
  END LOOP;
  IF first IS NULL THEN RETURN ''; END IF;
  RETURN substr(t, first, i - first);
END
$$;
