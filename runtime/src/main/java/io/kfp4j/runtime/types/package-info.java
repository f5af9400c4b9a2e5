/**
 * KFP v1 types and their value serializers, byte for byte compatible with KFP 1.8.22 (Python str(), repr(float), json.dumps with sorted keys).
 */
package io.kfp4j.runtime.types;
