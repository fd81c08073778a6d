package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.roleatlas.corpus.DroppedLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The chrome rules of chrome.yaml on page furniture in the portal's languages. */
class ChromeVocabularyTest {

	private final ChromeFilter filter = new ChromeFilter(LoaderFixture.TAXONOMY.chrome(),
			LoaderFixture.TAXONOMY.markers());

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Vai al contenuto principale                               | navigation
			Przejdź do treści                                         | navigation
			返回列表                                                   | navigation
			Strona główna » Kariera » Kierownik projektu              | breadcrumb
			Home / Jobs / Engineering / Tech Lead                     | breadcrumb
			Teilen auf LinkedIn Teilen auf Xing Link kopieren         | share-bar
			Iscriviti alla nostra newsletter settimanale              | newsletter
			[Solliciteer nu] [Bewaar]                                 | bracketed
			[图片] 团队在白板前讨论路线图                               | image-placeholder
			Aus Stellenwiki, der freien Enzyklopädie für Berufe       | wiki-origin
			(Redirigé depuis Chef de produit)                         | wiki-origin
			Marta K. — 12 maja 2024 o 9:30                            | comment-byline
			{% include share.html %}                                  | template-tag
			Porozmawiaj z naszym doradcą →                            | arrow-link
			Tutti i diritti riservati                                 | copyright
			Questo sito usa i cookie. Accetta                         | cookie-notice
			Laatst bijgewerkt door de redactie                        | byline
			Lees ook                                                  | related-posts
			Udostępnij                                                | share-buttons
			Pubblicato 3 giorni fa · 40 candidature                   | posted-ago
			Sista ansökningsdag 30 juni                               | apply-by
			Berlin · Vollzeit · Hybrid · Ref. 123                     | job-meta
			Condividi questa offerta: LinkedIn · Email                | share-line
			Ogni lunedì le novità del prodotto [La tua e-mail] [Invia] | newsletter
			Reklama                                                   | ad-label
			広告                                                       | ad-label
			Fonte: Istat, elaborazione propria 2022                   | credit
			Scarica gratis la checklist dello sprint                  | marketing
			Webinar na żywo: Scrum w praktyce                         | course-ad
			""")
	void dropsChromeLinesByTheirRule(String line, String rule) {
		List<DroppedLine> dropped = new ArrayList<>();
		filter.filterLines(new SourceLines(List.of(line), 1), dropped);
		assertThat(dropped).extracting(DroppedLine::rule).containsExactly(rule);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Figma · Miro · Notion
			Gestisce la newsletter del prodotto con il marketing
			Definisce la roadmap → e la comunica al team
			SQL / Python / R
			Runs a workshop online with stakeholders
			Prowadzi warsztaty online z klientami: co tydzień
			""")
	void keepsContentThatOnlyLooksLikeChrome(String line) {
		List<DroppedLine> dropped = new ArrayList<>();
		filter.filterLines(new SourceLines(List.of(line), 1), dropped);
		assertThat(dropped).isEmpty();
	}

	@Test
	void aWikiHeadingKeepsItsTextAndLosesItsEditLink() {
		SourceLines lines = new SourceLines(List.of("Aufgaben [bearbeiten]"), 1);
		List<DroppedLine> dropped = new ArrayList<>();
		filter.filterLines(lines, dropped);
		assertThat(lines.get(1)).isEqualTo("Aufgaben");
		assertThat(dropped).extracting(DroppedLine::rule, DroppedLine::text)
			.containsExactly(tuple("edit-link", "[bearbeiten]"));
	}

	@Test
	void aDrawnBoxIsDroppedWithWhatItHolds() {
		List<DroppedLine> dropped = new ArrayList<>();
		filter.filterLines(new SourceLines(List.of("┌──────────┐", " Corso online di Scrum", " Iscriviti ora",
				"└──────────┘", "Il Product Owner ordina il backlog."), 1), dropped);
		assertThat(dropped).extracting(DroppedLine::line).containsExactly(1, 2, 3, 4);
	}

	@Test
	void similarJobsUnderTheirHeadingAreDropped() {
		List<DroppedLine> dropped = new ArrayList<>();
		filter.filterLines(new SourceLines(List.of("Ähnliche Jobs", "Product Owner – Hamburg",
				"Projektleiter Bau – München", "Die Rolle verlangt viel Abstimmung mit dem Vertrieb."), 1), dropped);
		assertThat(dropped).extracting(DroppedLine::line).containsExactly(1, 2, 3);
	}

	@Test
	void aRelatedPostsHeadingTakesTheListUnderItAlong() {
		List<DroppedLine> dropped = new ArrayList<>();
		filter.filterLines(new SourceLines(List.of("Articoli correlati", "- Come scrivere una user story",
				"- Il ruolo del team di sviluppo", "", "Posted by admin on May 3, 2024"), 1), dropped);
		assertThat(dropped).extracting(DroppedLine::rule)
			.containsExactly("related-posts", "related-posts", "related-posts", "byline");
	}

	@Test
	void aCourseBoxIsDroppedDownToTheFirstSentence() {
		List<DroppedLine> dropped = new ArrayList<>();
		filter.filterLines(
				new SourceLines(List.of("CURSO ONLINE DE KANBAN · 3 semanas en vivo",
						"Próximo grupo: marzo · Plazas limitadas", "", "El Scrum Master elimina impedimentos."), 1),
				dropped);
		assertThat(dropped).extracting(DroppedLine::line).containsExactly(1, 2);
	}

	@Test
	void aCommentGoesWithItsByline() {
		List<DroppedLine> dropped = new ArrayList<>();
		filter.filterLines(new SourceLines(List.of("Ana P. — 3 marzo 2024", "Muy útil, gracias", "Responder"), 1),
				dropped);
		assertThat(dropped).extracting(DroppedLine::rule)
			.containsExactly("comment-byline", "comment-byline", "comment-byline");
	}

	@Test
	void questionsUnderARelatedHeadingAreDropped() {
		List<DroppedLine> dropped = new ArrayList<>();
		filter.filterLines(new SourceLines(List.of("Related", "How do product managers prioritise?",
				"Why do teams skip retros?", "A Scrum Master coaches the team."), 1), dropped);
		assertThat(dropped).extracting(DroppedLine::line).containsExactly(1, 2, 3);
	}

}
