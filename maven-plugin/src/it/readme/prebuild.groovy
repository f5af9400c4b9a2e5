// Makes this project out of README.md: the pom of "The pom", every Java block as a source file (tests, those that
// import JUnit, under src/test/java), and the shared component files the @ComponentStubs block names.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

File readmeFile = new File(readme)
assert readmeFile.isFile() : "no README at ${readmeFile}"
List<String> lines = readmeFile.readLines('UTF-8')

List<Map> blocks = []
for (int i = 0; i < lines.size(); i++) {
  def open = lines[i] =~ /^```(\w+)\s*$/
  if (!open.matches()) continue
  int start = i + 1
  int end = start
  while (end < lines.size() && !lines[end].startsWith('```')) end++
  blocks << [language: open.group(1), line: start + 1, code: lines.subList(start, end).join('\n')]
  i = end
}

List<Map> poms = blocks.findAll { it.language == 'xml' && it.code.contains('<artifactId>kfp4j-bom</artifactId>') }
assert poms.size() == 1 : "README.md has one pom with kfp4j-bom, found ${poms.size()}"
String pom = poms[0].code
def version = pom =~ /<kfp4j\.version>([^<]+)<\/kfp4j\.version>/
assert version.find() : "README.md:${poms[0].line}: the pom sets no kfp4j.version"
assert version.group(1) == projectVersion :
    "README.md:${poms[0].line}: the pom names kfp4j ${version.group(1)}, the build is ${projectVersion}: update README.md"
new File(basedir, 'pom.xml').text = pom + '\n'

blocks.findAll { it.language == 'java' }.each { block ->
  String pkg = (block.code =~ /(?m)^package\s+([\w.]+)\s*;/).with { it.find() ? it.group(1) : '' }
  def type = block.code =~ /(?m)^(?:public\s+)?(?:final\s+|abstract\s+)*(?:class|interface|record|enum)\s+(\w+)/
  String name = type.find() ? type.group(1) : 'package-info'
  String root = block.code.contains('import org.junit') ? 'src/test/java' : 'src/main/java'
  File file = new File(basedir, "${root}/${pkg.replace('.', '/')}/${name}.java")
  file.parentFile.mkdirs()
  assert !file.exists() : "README.md:${block.line}: ${file.name} is declared twice"
  file.text = block.code + '\n'
}

// the files README's @ComponentStubs block names, relative to the project
File components = new File(basedir, 'components/xgboost')
components.mkdirs()
File reference = new File(kfp4jReference)
Files.copy(new File(reference, 'kfp-sdk-outputs/add.component.yaml').toPath(),
    new File(basedir, 'components/add.yaml').toPath(), StandardCopyOption.REPLACE_EXISTING)
Files.copy(new File(reference, 'kfp-components/components__XGBoost__Train__component.yaml').toPath(),
    new File(components, 'train.yaml').toPath(), StandardCopyOption.REPLACE_EXISTING)
Files.copy(new File(reference, 'kfp-components/components__XGBoost__Predict__component.yaml').toPath(),
    new File(components, 'predict.yaml').toPath(), StandardCopyOption.REPLACE_EXISTING)
return true
