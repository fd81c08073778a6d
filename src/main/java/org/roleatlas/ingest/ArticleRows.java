package org.roleatlas.ingest;

import java.sql.Types;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.roleatlas.corpus.Article;
import org.roleatlas.corpus.CareerStep;
import org.roleatlas.corpus.Concept;
import org.roleatlas.corpus.Definition;
import org.roleatlas.corpus.Item;
import org.roleatlas.corpus.NoticeArguments;
import org.roleatlas.corpus.ReportingLine;
import org.roleatlas.corpus.Role;
import org.roleatlas.corpus.Salary;
import org.roleatlas.corpus.SalaryFigure;
import org.roleatlas.corpus.Statement;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of the articles written since the last {@link #insert}, one JDBC batch per
 * table, in the order the foreign keys need. The entities carry their ids
 * ({@link EntityIds}) and are never persisted: Hibernate's flush inserted the element
 * collections and join tables row by row, through a persistence context that tracked
 * every one of them, and that was most of an ingest's writing. Each entity maps to the
 * columns its annotations name (schema in {@code db/migration}).
 */
final class ArticleRows {

	private static final NoticeArguments NOTICE_ARGUMENTS = new NoticeArguments();

	private final Table article = new Table("article",
			"id, file, title, lang, format, source, raw_text, ingested_at, content_version, content_hash", Types.BIGINT,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT, Types.VARCHAR);

	private final Table tag = new Table("article_tag", "article_id, position, tag", Types.BIGINT, Types.INTEGER,
			Types.VARCHAR);

	private final Table section = new Table("article_section", "article_id, position, heading, kind, line",
			Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.INTEGER);

	private final Table droppedLine = new Table("article_dropped_line", "article_id, position, line, text, rule",
			Types.BIGINT, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR);

	private final Table candidate = new Table("article_candidate", "article_id, position, line, text, kind, cue",
			Types.BIGINT, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR);

	private final Table warning = new Table("article_warning", "article_id, position, code, args", Types.BIGINT,
			Types.INTEGER, Types.VARCHAR, Types.VARCHAR);

	private final Table subjectRole = new Table("article_subject_role", "article_id, role_id", Types.BIGINT,
			Types.BIGINT);

	private final Table mentionedRole = new Table("article_mentioned_role", "article_id, role_id", Types.BIGINT,
			Types.BIGINT);

	private final Table item = new Table("item",
			"id, article_id, kind, text, description, lang, section, line, position", Types.BIGINT, Types.BIGINT,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER);

	private final Table occurrence = new Table("item_occurrence", "item_id, position, line, section", Types.BIGINT,
			Types.INTEGER, Types.INTEGER, Types.VARCHAR);

	private final Table itemConcept = new Table("item_concept", "item_id, concept_id", Types.BIGINT, Types.VARCHAR);

	private final Table itemRole = new Table("item_role", "item_id, role_id", Types.BIGINT, Types.BIGINT);

	private final Table definition = new Table("definition", "id, article_id, role_id, text, lang, line", Types.BIGINT,
			Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.INTEGER);

	private final Table statement = new Table("statement", "id, article_id, text, lang, line", Types.BIGINT,
			Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.INTEGER);

	private final Table statementRole = new Table("statement_role", "statement_id, role_id", Types.BIGINT,
			Types.BIGINT);

	private final Table salary = new Table("salary",
			"id, article_id, role_id, source, type, currency, min_amount, max_amount, average_amount, period, country, line",
			Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC,
			Types.NUMERIC, Types.NUMERIC, Types.VARCHAR, Types.VARCHAR, Types.INTEGER);

	private final Table reportingLine = new Table("reporting_line",
			"id, article_id, role_id, reports_to_id, sentence, line", Types.BIGINT, Types.BIGINT, Types.BIGINT,
			Types.BIGINT, Types.VARCHAR, Types.INTEGER);

	private final Table careerStep = new Table("career_step",
			"id, article_id, role_id, position, title, step_role_id, line", Types.BIGINT, Types.BIGINT, Types.BIGINT,
			Types.INTEGER, Types.VARCHAR, Types.BIGINT, Types.INTEGER);

	/** Parents before children. */
	private final List<Table> tables = List.of(article, tag, section, droppedLine, candidate, warning, subjectRole,
			mentionedRole, item, occurrence, itemConcept, itemRole, definition, statement, statementRole, salary,
			reportingLine, careerStep);

	void add(Article a) {
		long id = a.getId();
		article.add(id, a.getFile(), a.getTitle(), a.getLang(), a.getFormat(), a.getSource(), a.getRawText(),
				a.getIngestedAt().atOffset(ZoneOffset.UTC), a.getContentVersion(), a.getContentHash());
		positioned(tag, id, a.getTags(), t -> new Object[] { t });
		positioned(section, id, a.getSections(), s -> new Object[] { s.heading(), s.kind().name(), s.line() });
		positioned(droppedLine, id, a.getDroppedLines(), d -> new Object[] { d.line(), d.text(), d.rule() });
		positioned(candidate, id, a.getCandidates(),
				c -> new Object[] { c.line(), c.text(), c.kind() == null ? null : c.kind().name(), c.cue() });
		positioned(warning, id, a.getWarnings(),
				w -> new Object[] { w.code(), NOTICE_ARGUMENTS.convertToDatabaseColumn(w.args()) });
		joined(subjectRole, id, a.getSubjectRoles());
		joined(mentionedRole, id, a.getMentionedRoles());
	}

	void add(Item i) {
		long id = i.getId();
		item.add(id, i.getArticle().getId(), i.getKind().name(), i.getText(), i.getDescription(), i.getLang(),
				i.getSection(), i.getLine(), i.getPosition());
		positioned(occurrence, id, i.getOccurrences(), o -> new Object[] { o.line(), o.section() });
		i.getConcepts().stream().map(Concept::getId).forEach(concept -> itemConcept.add(id, concept));
		joined(itemRole, id, i.getRoles());
	}

	void add(Definition d) {
		definition.add(d.getId(), d.getArticle().getId(), d.getRole().getId(), d.getText(), d.getLang(), d.getLine());
	}

	void add(Statement s) {
		statement.add(s.getId(), s.getArticle().getId(), s.getText(), s.getLang(), s.getLine());
		joined(statementRole, s.getId(), s.getRoles());
	}

	void add(Salary s) {
		SalaryFigure f = s.figure();
		salary.add(s.getId(), s.getArticle().getId(), s.getRole().getId(), f.source(), f.type().name(), f.currency(),
				f.min(), f.max(), f.average(), f.period(), f.country(), f.line());
	}

	void add(ReportingLine r) {
		reportingLine.add(r.getId(), r.getArticle().getId(), r.getRole().getId(), r.getReportsTo().getId(),
				r.getSentence(), r.getLine());
	}

	void add(CareerStep c) {
		careerStep.add(c.getId(), c.getArticle().getId(), c.getRole().getId(), c.getPosition(), c.getTitle(),
				c.getStepRole() == null ? null : c.getStepRole().getId(), c.getLine());
	}

	/**
	 * Inserts every row added since the last call, in the caller's transaction; the rows
	 * they refer to (roles, concepts) must be in the database already.
	 */
	void insert(JdbcTemplate jdbc) {
		tables.forEach(table -> table.insert(jdbc));
	}

	/**
	 * The rows of an element collection: its owner, each element's position in the list
	 * and the element's own columns.
	 */
	private static <T> void positioned(Table table, long ownerId, List<T> elements, Function<T, Object[]> columns) {
		for (int position = 0; position < elements.size(); position++) {
			Object[] own = columns.apply(elements.get(position));
			Object[] row = new Object[own.length + 2];
			row[0] = ownerId;
			row[1] = position;
			System.arraycopy(own, 0, row, 2, own.length);
			table.add(row);
		}
	}

	private static void joined(Table table, long ownerId, Collection<Role> roles) {
		roles.forEach(role -> table.add(ownerId, role.getId()));
	}

	/** One table's insert and the rows waiting for it. */
	private static final class Table {

		private final String insert;

		private final int[] types;

		private final List<Object[]> rows = new ArrayList<>();

		Table(String name, String columns, int... types) {
			this.insert = "insert into " + name + " (" + columns + ") values (" + "?, ".repeat(types.length - 1) + "?)";
			this.types = types;
		}

		void add(Object... values) {
			rows.add(values);
		}

		void insert(JdbcTemplate jdbc) {
			if (!rows.isEmpty()) {
				jdbc.batchUpdate(insert, rows, types);
				rows.clear();
			}
		}

	}

}
