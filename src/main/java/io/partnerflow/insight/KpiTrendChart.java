package io.partnerflow.insight;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javax.imageio.ImageIO;

/**
 * The monthly report's chart, a PNG drawn with Java2D: the contract signature rate and the rate of
 * partners active after their start-up period, month by month, from 0 to 100 %; a month without a
 * partner to rate leaves a gap. Its few words are in the report's language.
 */
final class KpiTrendChart {

	static final int WIDTH = 720;

	static final int HEIGHT = 320;

	private static final int LEFT = 56;

	private static final int RIGHT = 24;

	private static final int TOP = 48;

	private static final int BOTTOM = 40;

	private static final Color SIGNATURE = new Color(0x1f, 0x6f, 0xb4);

	private static final Color ACTIVE = new Color(0x2e, 0x8b, 0x57);

	private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);

	private static final Color TEXT = new Color(0x33, 0x33, 0x33);

	/** A line of the chart: its name in English and in French, its colour, its rate of a month's KPIs. */
	private record Line(String english, String french, Color colour, Function<Kpis, BigDecimal> rate) {

		String name(Locale language) {
			return language.getLanguage().equals("fr") ? french : english;
		}

	}

	private static final List<Line> LINES = List.of(
			new Line("Contract signature rate", "Taux de signature de contrat", SIGNATURE,
					kpis -> kpis.contractSignatureRate().rate()),
			new Line("Active 6 months after signature", "Actifs 6 mois après la signature", ACTIVE,
					kpis -> kpis.activeSixMonthsAfterSignature().rate()));

	private KpiTrendChart() {
	}

	static byte[] png(KpiTrend trend, Locale language) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
			axes(g);
			months(g, trend.months(), language);
			int legendX = LEFT;
			for (Line line : LINES) {
				line(g, trend.months(), line);
				legendX = legend(g, line, language, legendX);
			}
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the KPI chart", e);
		}
		return png.toByteArray();
	}

	private static void axes(Graphics2D g) {
		for (int percent = 0; percent <= 100; percent += 25) {
			int y = y(percent / 100.0);
			g.setColor(GRID);
			g.drawLine(LEFT, y, WIDTH - RIGHT, y);
			g.setColor(TEXT);
			String label = percent + " %";
			g.drawString(label, LEFT - 8 - g.getFontMetrics().stringWidth(label), y + 4);
		}
	}

	private static void months(Graphics2D g, List<Kpis> months, Locale language) {
		DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yy", language);
		g.setColor(TEXT);
		for (int i = 0; i < months.size(); i++) {
			String text = YearMonth.from(months.get(i).from()).format(label);
			g.drawString(text, x(i, months.size()) - g.getFontMetrics().stringWidth(text) / 2, HEIGHT - BOTTOM + 20);
		}
	}

	private static void line(Graphics2D g, List<Kpis> months, Line line) {
		g.setColor(line.colour());
		g.setStroke(new BasicStroke(2.5f));
		Path2D path = new Path2D.Double();
		boolean drawing = false;
		for (int i = 0; i < months.size(); i++) {
			BigDecimal rate = line.rate().apply(months.get(i));
			if (rate == null) {
				drawing = false;
				continue;
			}
			int x = x(i, months.size());
			int y = y(rate.doubleValue());
			if (drawing) {
				path.lineTo(x, y);
			}
			else {
				path.moveTo(x, y);
			}
			drawing = true;
			g.fillOval(x - 4, y - 4, 8, 8);
		}
		g.draw(path);
	}

	private static int legend(Graphics2D g, Line line, Locale language, int x) {
		g.setColor(line.colour());
		g.fillRect(x, 18, 14, 14);
		g.setColor(TEXT);
		String name = line.name(language);
		g.drawString(name, x + 20, 30);
		return x + 20 + g.getFontMetrics().stringWidth(name) + 32;
	}

	private static int x(int month, int months) {
		int width = WIDTH - LEFT - RIGHT;
		return LEFT + (months == 1 ? width / 2 : 12 + month * (width - 24) / (months - 1));
	}

	private static int y(double rate) {
		return TOP + (int) Math.round((1 - rate) * (HEIGHT - TOP - BOTTOM));
	}

}
