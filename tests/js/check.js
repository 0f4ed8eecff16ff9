#!/usr/bin/env node
// Parse a newskg GraphML or GEXF file with graphology (the parsers Gephi Lite
// uses) and print what they read as JSON, for the Python tests to compare.
// Usage: node check.js graphml|gexf FILE
'use strict';
const fs = require('fs');
const { MultiDirectedGraph } = require('graphology');

const [fmt, file] = process.argv.slice(2);
const parsers = { graphml: require('graphology-graphml'), gexf: require('graphology-gexf') };
if (!parsers[fmt] || !file) {
  console.error('usage: node check.js graphml|gexf FILE');
  process.exit(2);
}
const text = fs.readFileSync(file, 'utf8');
const graph = parsers[fmt].parse(MultiDirectedGraph, text);
const nodes = {};
graph.forEachNode((key, attrs) => { nodes[key] = attrs; });
const edges = [];
graph.forEachEdge((key, attrs, source, target) => { edges.push({ key, source, target, attrs }); });
process.stdout.write(JSON.stringify({ order: graph.order, size: graph.size, nodes, edges }));
