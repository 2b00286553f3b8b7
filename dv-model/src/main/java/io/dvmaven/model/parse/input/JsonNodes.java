package io.dvmaven.model.parse.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** A strict JSON value as the snakeyaml-engine node tree (with marks) that the spec parser walks. */
final class JsonNodes implements StrictJson.Tree<Node> {

    private final String label;
    private final int[] codePoints;

    private JsonNodes(String label, String text) {
        this.label = label;
        this.codePoints = text.codePoints().toArray();
    }

    static Node compose(String label, String text) throws InputException {
        return StrictJson.read(text, new JsonNodes(label, text));
    }

    @Override
    public Node string(String value, StrictJson.Position start, StrictJson.Position end) {
        return scalar(Tag.STR, value, ScalarStyle.DOUBLE_QUOTED, start, end);
    }

    @Override
    public Node number(String literal, boolean integral, StrictJson.Position start, StrictJson.Position end) {
        return scalar(integral ? Tag.INT : Tag.FLOAT, literal, ScalarStyle.PLAIN, start, end);
    }

    @Override
    public Node bool(boolean value, StrictJson.Position start, StrictJson.Position end) {
        return scalar(Tag.BOOL, String.valueOf(value), ScalarStyle.PLAIN, start, end);
    }

    @Override
    public Node nul(StrictJson.Position start, StrictJson.Position end) {
        return scalar(Tag.NULL, "null", ScalarStyle.PLAIN, start, end);
    }

    @Override
    public Node object(List<Node> names, List<Node> values, StrictJson.Position start, StrictJson.Position end) {
        List<NodeTuple> tuples = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            tuples.add(new NodeTuple(names.get(i), values.get(i)));
        }
        return new MappingNode(Tag.MAP, true, tuples, FlowStyle.FLOW, mark(start), mark(end));
    }

    @Override
    public Node array(List<Node> items, StrictJson.Position start, StrictJson.Position end) {
        return new SequenceNode(Tag.SEQ, true, items, FlowStyle.FLOW, mark(start), mark(end));
    }

    private Node scalar(Tag tag, String value, ScalarStyle style, StrictJson.Position start,
                        StrictJson.Position end) {
        return new ScalarNode(tag, true, value, style, mark(start), mark(end));
    }

    private Optional<Mark> mark(StrictJson.Position at) {
        int pointer = Math.min(at.offset(), codePoints.length);
        return Optional.of(new Mark(label, at.offset(), at.line() - 1, at.column() - 1, codePoints, pointer));
    }
}
