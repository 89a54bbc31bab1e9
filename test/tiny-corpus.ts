// A tiny hand-written corpus for unit tests: enough for a model to tell three languages apart.
import type { TrainingDocument } from '../src/model/train.js';

const python = [
  'def add(a, b):\n    return a + b\n',
  'import os\n\nfor name in os.listdir("."):\n    print(name)\n',
  'class Point:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n',
  'if __name__ == "__main__":\n    main()\n',
  'with open(path) as f:\n    data = f.read()\n',
  'def greet(name):\n    print(f"hello {name}")\n    return None\n',
];
const ruby = [
  'def add(a, b)\n  a + b\nend\n',
  'require "json"\n\nputs JSON.generate({ a: 1 })\n',
  'class Point\n  attr_reader :x, :y\n  def initialize(x, y)\n    @x = x\n    @y = y\n  end\nend\n',
  '[1, 2, 3].each do |n|\n  puts n\nend\n',
  'module Greeter\n  def self.greet(name)\n    puts "hello #{name}"\n  end\nend\n',
  'items.map { |i| i * 2 }.select(&:even?)\n',
];
const javascript = [
  'function add(a, b) {\n  return a + b;\n}\n',
  'const fs = require("fs");\nfs.readFile("x", (err, data) => {\n  console.log(data);\n});\n',
  'class Point {\n  constructor(x, y) {\n    this.x = x;\n    this.y = y;\n  }\n}\n',
  'export default function App() {\n  return null;\n}\n',
  'let items = [1, 2, 3].map((n) => n * 2);\nconsole.log(items);\n',
  'document.addEventListener("click", function (event) {\n  event.preventDefault();\n});\n',
];

export const TINY_CORPUS: TrainingDocument[] = [
  ...python.map((text) => ({ text, language: 'Python' })),
  ...ruby.map((text) => ({ text, language: 'Ruby' })),
  ...javascript.map((text) => ({ text, language: 'JavaScript' })),
];
