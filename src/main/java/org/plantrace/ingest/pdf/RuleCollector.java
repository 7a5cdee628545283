package org.plantrace.ingest.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the drawings of one page that can be underlines: stroked horizontal segments of thin
 * pen, and filled rectangles that are flat (Word draws underlines one way, some PDF printers the
 * other). The thin vertical ones are kept too: with the horizontal ones they rule a table's cells.
 * It also counts images, so that a scan without a text layer can be recognised.
 */
final class RuleCollector extends PDFGraphicsStreamEngine {
    /** Thicker than this is a bar or a box, not an underline. */
    private static final double MAX_THICKNESS = 2.5;

    private final float top;
    private final float left;
    private final List<Rule> rules = new ArrayList<>();
    private final List<VerticalRule> verticals = new ArrayList<>();
    private final List<double[]> segments = new ArrayList<>();
    /** Vertical segments of the current path: x, y1, y2 in PDF space. */
    private final List<double[]> upright = new ArrayList<>();
    private final List<Rectangle2D> subpaths = new ArrayList<>();
    private Rectangle2D currentSubpath;
    private Point2D current = new Point2D.Float();
    private Point2D subpathStart = new Point2D.Float();
    private int images;

    private RuleCollector(PDPage page) {
        super(page);
        PDRectangle crop = page.getCropBox();
        top = crop.getUpperRightY();
        left = crop.getLowerLeftX();
    }

    /** Rules, vertical rules and image count of one page. */
    record PageDrawings(List<Rule> rules, List<VerticalRule> verticals, int images) {
    }

    static PageDrawings collect(PDPage page) throws IOException {
        RuleCollector c = new RuleCollector(page);
        c.processPage(page);
        return new PageDrawings(c.rules, c.verticals, c.images);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        Rectangle2D r = new Rectangle2D.Double(p0.getX(), p0.getY(), 0, 0);
        r.add(p1);
        r.add(p2);
        r.add(p3);
        subpaths.add(r);
        segments.add(new double[] {r.getMinX(), r.getMaxX(), r.getMinY()});
        segments.add(new double[] {r.getMinX(), r.getMaxX(), r.getMaxY()});
        upright.add(new double[] {r.getMinX(), r.getMinY(), r.getMaxY()});
        upright.add(new double[] {r.getMaxX(), r.getMinY(), r.getMaxY()});
        currentSubpath = null;
        current = p0;
        subpathStart = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        subpathStart = current;
        currentSubpath = new Rectangle2D.Double(x, y, 0, 0);
        subpaths.add(currentSubpath);
    }

    @Override
    public void lineTo(float x, float y) {
        if (Math.abs(y - current.getY()) < 0.3) {
            segments.add(new double[] {Math.min(x, current.getX()), Math.max(x, current.getX()), y});
        } else if (Math.abs(x - current.getX()) < 0.3) {
            upright.add(new double[] {x, Math.min(y, current.getY()), Math.max(y, current.getY())});
        }
        extend(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        extend(x1, y1);
        extend(x2, y2);
        extend(x3, y3);
    }

    private void extend(float x, float y) {
        if (currentSubpath == null) {
            currentSubpath = new Rectangle2D.Double(current.getX(), current.getY(), 0, 0);
            subpaths.add(currentSubpath);
        }
        currentSubpath.add(x, y);
        current = new Point2D.Float(x, y);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        lineTo((float) subpathStart.getX(), (float) subpathStart.getY());
    }

    @Override
    public void endPath() {
        clearPath();
    }

    @Override
    public void strokePath() {
        double pen = getGraphicsState().getLineWidth()
                * Math.abs(getGraphicsState().getCurrentTransformationMatrix().getScalingFactorY());
        if (pen <= MAX_THICKNESS) {
            for (double[] s : segments) {
                addRule(s[0], s[1], s[2]);
            }
            for (double[] s : upright) {
                addVertical(s[0], s[1], s[2]);
            }
        }
        clearPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (Rectangle2D r : subpaths) {
            if (r.getHeight() <= MAX_THICKNESS && r.getWidth() > 2 * r.getHeight() && r.getWidth() > 1) {
                addRule(r.getMinX(), r.getMaxX(), r.getCenterY());
            } else if (r.getWidth() <= MAX_THICKNESS && r.getHeight() > 2 * r.getWidth() && r.getHeight() > 1) {
                addVertical(r.getCenterX(), r.getMinY(), r.getMaxY());
            }
        }
        clearPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        List<double[]> strokeSegments = new ArrayList<>(segments);
        List<double[]> strokeUpright = new ArrayList<>(upright);
        fillPath(windingRule);
        segments.addAll(strokeSegments);
        upright.addAll(strokeUpright);
        strokePath();
    }

    private void addRule(double x1, double x2, double y) {
        if (x2 - x1 > 0.5) {
            rules.add(new Rule((float) (x1 - left), (float) (x2 - left), (float) (top - y)));
        }
    }

    private void addVertical(double x, double y1, double y2) {
        if (y2 - y1 > 0.5) {
            verticals.add(new VerticalRule((float) (x - left), (float) (top - y2), (float) (top - y1)));
        }
    }

    private void clearPath() {
        segments.clear();
        upright.clear();
        subpaths.clear();
        currentSubpath = null;
    }

    @Override
    public void clip(int windingRule) {
        // a clip path is followed by endPath (W n); nothing to keep from it
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images++;
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shadings are backgrounds, never underlines
    }
}
